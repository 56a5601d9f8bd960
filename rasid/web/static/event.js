/* rasid event page: fields, the original text with each field's evidence, other sources, review and history. */
"use strict";

const eventId = decodeURIComponent(location.pathname.split("/").pop());
let current = null;

function value(v) { return v === null || v === undefined || v === "" ? t("none") : String(v); }

function fieldRows(e) {
  const review = e.review || { fields: [], extracted: {} };
  const loc = e.location || {};
  const rows = [
    ["event_type", "type", typeLabel(e.event_type) + " / " + value(e.sub_event_type), ["event_type", "sub_event_type"]],
    ["date", "date", value(e.date) + (e.date_text ? " («" + e.date_text + "»)" : ""), ["date"]],
    ["actor1", "actor1", actorName(e.actor1) + (e.actor1 && e.actor1.mention ? " («" + e.actor1.mention + "»)" : ""), ["actor1"]],
    ["actor2", "actor2", actorName(e.actor2) + (e.actor2 && e.actor2.mention ? " («" + e.actor2.mention + "»)" : ""), ["actor2"]],
    ["location", "place", placeName(e) + (loc.lat !== undefined && loc.lat !== null ? " (" + loc.lat + ", " + loc.lon + ")" : ""), ["location", "admin1", "admin2", "country"]],
    ["fatalities", "fatalities", value(e.fatalities), ["fatalities"]],
    ["wounded", "wounded", value(e.wounded), ["wounded"]],
    ["confidence", "confidence", value(e.confidence), []],
    ["status", "status", t(review.status || "unreviewed"), []],
  ];
  return rows.map(([key, label, text, fields]) => {
    const changed = fields.filter((f) => (review.fields || []).includes(f));
    const extracted = changed.map((f) => {
      const old = review.extracted[f];
      return old && typeof old === "object" ? old.name : value(old);
    });
    return el("tr", { tabindex: "0", "data-field": key, class: changed.length ? "reviewed" : null },
      el("th", {}, t(label)),
      el("td", {}, text, changed.length ? el("small", { class: "extracted" }, " (" + t("extracted") + ": " + extracted.join(", ") + ")") : null));
  });
}

function render(data) {
  const e = data.event, doc = data.document;
  current = data;
  document.getElementById("event-title").replaceChildren(typeBadge(e.event_type), " ", e.sub_event_type || "", " · ", e.date || "?");
  document.getElementById("notes").textContent = e.notes || "";
  document.querySelector("#fields tbody").replaceChildren(...fieldRows(e));
  const original = doc.original || doc.text || "";
  document.getElementById("doc-title").textContent = doc.title || "";
  document.getElementById("original").replaceChildren(highlighted(original, eventSpans(original, e).concat(repairSpans(doc.repairs))));
  document.getElementById("repairs").replaceChildren(...(doc.repairs || []).map((r) =>
    el("li", {}, el("bdi", {}, r.original), " → ", el("bdi", {}, r.repaired), " (" + r.kind + ", " + r.start + "–" + r.end + ")")));
  document.getElementById("sources").replaceChildren(...data.sources.map((s) =>
    el("li", {}, s.event_id === e.id ? el("strong", {}, value(s.source)) : el("a", { href: "/event/" + encodeURIComponent(s.event_id) }, value(s.source)),
      " · " + value(s.published), s.url ? el("span", {}, " · ", el("bdi", {}, s.url)) : null)));
  const history = document.getElementById("history");
  history.replaceChildren(...(data.revisions.length ? data.revisions.map((r) =>
    el("li", {}, el("strong", {}, r.at), " ", t("reviewed_by"), " ", el("bdi", {}, r.reviewer), ": ",
      Object.keys(r.after).map((k) => k + ": " + describe(r.before[k]) + " → " + describe(r.after[k])).join("; "),
      r.comment ? el("div", { class: "comment" }, r.comment) : null)) : [el("li", {}, t("no_history"))]));
  fillReviewForm(e);
  document.querySelectorAll("#fields tr[data-field]").forEach((row) => {
    const on = () => document.getElementById("original").dataset.focus = row.dataset.field;
    const off = () => delete document.getElementById("original").dataset.focus;
    row.addEventListener("mouseenter", on); row.addEventListener("focus", on);
    row.addEventListener("mouseleave", off); row.addEventListener("blur", off);
  });
}

function describe(v) {
  if (v && typeof v === "object") return v.name || JSON.stringify(v);
  return value(v);
}

function fillReviewForm(e) {
  const form = document.getElementById("review");
  const select = form.elements.event_type;
  select.replaceChildren(...Object.keys(TYPE_COLOURS).map((type) => el("option", { value: type }, typeLabel(type))));
  select.value = e.event_type;
  form.elements.sub_event_type.value = e.sub_event_type || "";
  form.elements.date.value = e.date || "";
  form.elements.actor1.value = e.actor1 ? e.actor1.name : "";
  form.elements.actor2.value = e.actor2 ? e.actor2.name : "";
  form.elements.location.value = e.location ? e.location.name : "";
  form.elements.admin1.value = e.admin1 || "";
  form.elements.fatalities.value = e.fatalities === null || e.fatalities === undefined ? "" : e.fatalities;
  form.elements.status.value = "";
  form.elements.reviewer.value = localStorage.getItem("rasid-reviewer") || "";
}

function changedFields(form, e) {
  const out = {};
  const text = (name, old) => {
    const v = form.elements[name].value.trim();
    if (v !== (old || "")) out[name] = v === "" ? null : v;
  };
  text("event_type", e.event_type);
  text("sub_event_type", e.sub_event_type);
  text("date", e.date);
  text("actor1", e.actor1 && e.actor1.name);
  text("actor2", e.actor2 && e.actor2.name);
  text("admin1", e.admin1);
  const loc = form.elements.location.value.trim();
  if (loc !== ((e.location && e.location.name) || "")) out.location = loc ? { name: loc } : null;
  const fat = form.elements.fatalities.value.trim();
  const oldFat = e.fatalities === null || e.fatalities === undefined ? "" : String(e.fatalities);
  if (fat !== oldFat) out.fatalities = fat === "" ? null : Number(fat);
  return out;
}

async function patch(body) {
  const headers = { "Content-Type": "application/json" };
  const token = sessionStorage.getItem("rasid-token");
  if (token) headers.Authorization = "Bearer " + token;
  const response = await fetch("/api/events/" + encodeURIComponent(eventId), { method: "PATCH", headers, body: JSON.stringify(body) });
  if (response.status === 401) {
    const given = prompt("Token");
    if (given) { sessionStorage.setItem("rasid-token", given); return patch(body); }
  }
  const data = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

async function load() {
  try {
    render(await api("/api/events/" + encodeURIComponent(eventId)));
  } catch (err) {
    const error = document.getElementById("error");
    error.textContent = err.message;
    error.hidden = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  setupHeader(() => { if (current) render(current); });
  document.getElementById("review").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const form = ev.target;
    const status = document.getElementById("review-status");
    const body = { reviewer: form.elements.reviewer.value.trim(), comment: form.elements.comment.value,
      fields: changedFields(form, current.event) };
    if (form.elements.status.value) body.status = form.elements.status.value;
    localStorage.setItem("rasid-reviewer", body.reviewer);
    try {
      await patch(body);
      status.textContent = t("saved");
      form.elements.comment.value = "";
      await load();
    } catch (err) {
      status.textContent = err.message;
    }
  });
  load();
});
