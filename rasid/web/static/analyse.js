/* rasid "analyse a text" page: the events found in a pasted text, with their evidence; nothing is stored. */
"use strict";

let lastResult = null;

function eventCard(e, i, text) {
  const card = el("article", { class: "event-card", tabindex: "0", "data-index": i },
    el("h3", {}, typeBadge(e.event_type), " ", e.sub_event_type, " · ", e.date || "?"),
    el("p", {}, placeName(e)),
    el("p", {}, t("actor1"), ": ", actorName(e.actor1), " · ", t("actor2"), ": ", actorName(e.actor2)),
    el("p", {}, t("fatalities"), ": ", e.fatalities === null ? "?" : e.fatalities, " · ", t("wounded"), ": ",
      e.wounded === null ? "?" : e.wounded, " · ", t("confidence"), ": ", e.confidence),
    el("p", { class: "notes", dir: "ltr" }, e.notes));
  const show = () => {
    document.querySelectorAll(".event-card").forEach((c) => c.classList.toggle("selected", c === card));
    document.getElementById("original").replaceChildren(highlighted(text, eventSpans(text, e).concat(repairSpans(lastResult.repairs))));
  };
  card.addEventListener("click", show);
  card.addEventListener("focus", show);
  return card;
}

function render(result) {
  lastResult = result;
  const text = result.original;
  document.getElementById("result").hidden = false;
  document.getElementById("warnings").textContent = result.warnings.length ? t("warnings") + ": " + result.warnings.join("; ") : "";
  const found = document.getElementById("found");
  found.replaceChildren(...(result.events.length ? result.events.map((e, i) => eventCard(e, i, text)) : [el("p", {}, t("no_events"))]));
  const spans = result.events.flatMap((e) => eventSpans(text, e)).concat(repairSpans(result.repairs));
  document.getElementById("original").replaceChildren(highlighted(text, spans));
}

document.addEventListener("DOMContentLoaded", () => {
  setupHeader(() => { if (lastResult) render(lastResult); });
  document.getElementById("analyse").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const form = ev.target;
    const error = document.getElementById("error");
    error.hidden = true;
    const body = { text: form.elements.text.value };
    if (form.elements.published.value) body.published = form.elements.published.value;
    try {
      render(await api("/api/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }));
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
    }
  });
});
