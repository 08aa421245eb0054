"""The organisations that speak, numbered once each: every speaker phrase naming the
same body (``the Saskatchewan Health Authority (SHA)`` and ``the SHA``; ``the Eswatini
Football Association`` and ``the EFA`` when both speak) is one
:class:`~newsstruct.model.Organization`, with a mention at each.
"""

from __future__ import annotations

from newsstruct.model import Organization, Span
from newsstruct.speakers.acronyms import acronyms, spelled_out
from newsstruct.speakers.speech import OrgRef, Speech

__all__ = ["organizations_of"]


def organizations_of(text: str, speeches: list[Speech]) -> dict[str, Organization]:
    """One numbered Organization per body that speaks (in text order), by each lower-case
    name a speaker phrase gives it.  A defined acronym takes its full name; a body spelled
    out and by its acronym takes the form that speaks first."""
    refs = sorted((s.speaker for s in speeches if isinstance(s.speaker, OrgRef)), key=_start)
    said = {ref.name.lower() for ref in refs}
    defined = acronyms(text) if refs else {}
    spans: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for ref in refs:
        spelled = None if ref.name.lower() in defined else spelled_out(text, ref.name, said)
        name = defined[ref.name.lower()] = defined.get(ref.name.lower()) or spelled or ref.name
        names.setdefault(name.lower(), ref.name if spelled else name)
        spans.setdefault(name.lower(), []).append(Span.of(text, ref.start, ref.end))
    found = {
        k: Organization(f"o{i}", names[k], tuple(sorted(set(v), key=_start)))
        for i, (k, v) in enumerate(spans.items(), 1)
    }
    return found | {a: found[n.lower()] for a, n in defined.items() if n.lower() in found}


def _start(item: OrgRef | Span) -> int:
    return item.start
