"use strict";
// newsstruct annotated view. Reads only the page's own elements; copies nodes, never parses strings.
(() => {
  const tip = document.getElementById("tip");
  // the tooltip below replaces the browser's own (the title stays for pages without scripts)
  document.querySelectorAll("[data-tip][title]").forEach((n) => n.removeAttribute("title"));
  let shown = null;

  const show = (el) => {
    const about = document.getElementById(el.dataset.tip || "");
    if (!about || !tip) return;
    const copy = about.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach((n) => n.removeAttribute("id"));
    tip.replaceChildren(copy);
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const page = document.documentElement;
    const room = page.clientWidth - tip.offsetWidth - 8;
    tip.style.left = `${Math.max(8, Math.min(box.left, room)) + window.scrollX}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
    shown = el;
  };
  const hide = () => {
    if (tip) tip.hidden = true;
    shown = null;
  };

  document.addEventListener("mouseover", (event) => {
    const el = event.target.closest ? event.target.closest("[data-tip]") : null;
    if (el && el !== shown) show(el);
    else if (!el && shown && shown !== document.activeElement) hide();
  });
  document.addEventListener("focusin", (event) => {
    const el = event.target.closest("[data-tip]");
    if (el) show(el);
    else hide();
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });

  // a person or organisation in the panel: highlight their mentions and quotes
  const select = (button) => {
    const doc = button.closest(".doc");
    const on = button.getAttribute("aria-pressed") !== "true";
    doc.querySelectorAll("button[data-select]").forEach((b) => b.setAttribute("aria-pressed", "false"));
    doc.querySelectorAll(".hit").forEach((n) => n.classList.remove("hit"));
    const hits = on
      ? [...doc.querySelectorAll("[data-ref]")].filter((n) => n.dataset.ref === button.dataset.select)
      : [];
    hits.forEach((n) => n.classList.add("hit"));
    button.setAttribute("aria-pressed", String(on));
    if (hits.length) hits[0].scrollIntoView({ block: "center" });
    const live = doc.querySelector(".live");
    if (live) {
      const name = button.textContent.trim();
      live.textContent = on ? `${name}: ${hits.length} highlighted in the text` : "Highlighting cleared";
    }
  };
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-select]");
    if (button) select(button);
  });

  // a link to a quote (#d1-q2) focuses it, which shows its details
  const focusTarget = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && target.matches("[data-tip][tabindex]")) target.focus();
  };
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
  document.documentElement.dataset.viewReady = "true";
})();
