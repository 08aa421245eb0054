"""The language guess: English news reads as "en" with no warning; other
languages are named and warned about; too little text tells nothing."""

from __future__ import annotations

import pytest
from hypothesis import given

from newsstruct import Article, ParseWarning, parse
from newsstruct.language import LANGUAGE_NAMES, guess_language, read_language
from paths import FIXTURES, ROOT
from strategies import any_text, attributed_articles

# The same news paragraph in each language the guess can name.
SAMPLES = {
    "en": "The government announced on Tuesday a series of measures to support farmers hit by "
    "the drought. According to the agriculture minister, the aid will be paid from next month. "
    "“We will leave no one behind,” he told lawmakers. Farm unions, however, say the measures "
    "are insufficient and are calling for a more ambitious plan.",
    "fr": "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs "
    "touchés par la sécheresse. Selon le ministre de l'Agriculture, les aides seront versées dès "
    "le mois prochain. « Nous ne laisserons personne de côté », a-t-il déclaré devant les "
    "députés. Les syndicats agricoles estiment que ces mesures sont insuffisantes.",
    "es": "El gobierno anunció el martes una serie de medidas para apoyar a los agricultores "
    "afectados por la sequía. Según el ministro de Agricultura, las ayudas se pagarán a partir "
    "del próximo mes. «No vamos a dejar a nadie atrás», dijo ante los diputados. Los sindicatos "
    "consideran sin embargo que estas medidas son insuficientes.",
    "de": "Die Regierung hat am Dienstag eine Reihe von Maßnahmen angekündigt, um die von der "
    "Dürre betroffenen Landwirte zu unterstützen. Nach Angaben des Ministers sollen die Hilfen "
    "ab dem nächsten Monat ausgezahlt werden. „Wir lassen niemanden zurück“, sagte er vor den "
    "Abgeordneten. Die Bauernverbände halten die Maßnahmen jedoch für unzureichend.",
    "it": "Il governo ha annunciato martedì una serie di misure per sostenere gli agricoltori "
    "colpiti dalla siccità. Secondo il ministro dell'Agricoltura, gli aiuti saranno versati a "
    "partire dal mese prossimo. «Non lasceremo indietro nessuno», ha detto davanti ai deputati. "
    "I sindacati ritengono tuttavia che queste misure siano insufficienti.",
    "pt": "O governo anunciou na terça-feira uma série de medidas para apoiar os agricultores "
    "afetados pela seca. Segundo o ministro da Agricultura, os apoios serão pagos a partir do "
    "próximo mês. «Não vamos deixar ninguém para trás», disse ele aos deputados. Os sindicatos "
    "consideram, no entanto, que estas medidas são insuficientes.",
    "nl": "De regering heeft dinsdag een reeks maatregelen aangekondigd om de door de droogte "
    "getroffen boeren te steunen. Volgens de minister van Landbouw worden de steunbedragen vanaf "
    "volgende maand uitbetaald. „We laten niemand in de steek”, zei hij tegen de Kamerleden. De "
    "landbouworganisaties vinden de maatregelen echter onvoldoende.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_listed_language_is_named(code: str) -> None:
    assert guess_language([SAMPLES[code]]) == code


def test_every_listed_language_has_a_sample() -> None:
    assert set(SAMPLES) == set(LANGUAGE_NAMES)


@pytest.mark.parametrize(
    "path",
    [
        *sorted((FIXTURES / "seeds").glob("*.txt")),
        *sorted((ROOT / "examples" / "articles").glob("*.txt")),
    ],
    ids=lambda p: p.name[:12],
)
def test_english_articles_read_as_english_without_warnings(path: object) -> None:
    article = parse(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert article.language == "en" and article.warnings == ()


def test_a_french_article_is_flagged() -> None:
    text = "Le maire annonce un nouveau plan\n\nPar Marie Dupont\n\n" + SAMPLES["fr"]
    article = parse(text)
    assert article.language == "fr"
    assert [w.code for w in article.warnings] == ["not-english"]
    assert "French" in article.warnings[0].message and "English" in article.warnings[0].message
    assert Article.from_dict(article.to_dict()) == article
    assert repr(article).endswith(", 1 warning>")


def test_an_unlisted_language_is_none_with_a_warning() -> None:
    russian = (
        "Правительство во вторник объявило о ряде мер по поддержке фермеров, пострадавших от "
        "засухи. По словам министра, помощь будет выплачена в следующем месяце. "
    ) * 2
    language, warnings = read_language([russian])
    assert language is None and [w.code for w in warnings] == ["not-english"]
    assert "does not look English" in warnings[0].message


def test_too_little_text_tells_nothing() -> None:
    assert read_language(["Le maire a dit non."]) == (None, ())
    assert parse("Plan approved\n\nThe council approved the plan, members said.").warnings == ()


def test_menus_before_the_article_do_not_hide_its_language() -> None:
    menu = [f"Home | News | Sport | Weather | Section {i}" for i in range(100)]
    assert guess_language([*menu, SAMPLES["en"]]) == "en"
    assert guess_language([*menu, SAMPLES["de"]]) == "de"


def test_warnings_are_parse_warnings_with_a_code_and_message() -> None:
    warning = ParseWarning(code="not-english", message="the text looks French")
    assert warning.code == "not-english" and hash(warning)


@given(any_text | attributed_articles().map(lambda a: a.text))
def test_language_is_a_listed_code_or_none_and_warned_unless_english(text: str) -> None:
    article = parse(text)
    assert article.language is None or article.language in LANGUAGE_NAMES
    if article.language == "en":
        assert article.warnings == ()
    assert all(w.code == "not-english" for w in article.warnings)
