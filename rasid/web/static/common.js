/* rasid dashboard: shared helpers (labels in Arabic and English, filter state in the URL, safe text rendering). */
"use strict";

const LABELS = {
  ar: {
    title: "راصد", dashboard: "لوحة الأحداث", analyse: "تحليل نص", api: "واجهة البرمجة", lang: "English",
    date_from: "من تاريخ", date_to: "إلى تاريخ", country: "البلد", admin1: "المحافظة", admin2: "المنطقة",
    event_type: "نوع الحدث", sub_event_type: "النوع الفرعي", actor: "الفاعل", min_fatalities: "أدنى عدد قتلى",
    min_confidence: "أدنى ثقة", q: "بحث في النص", status: "المراجعة", any: "الكل", apply: "تطبيق", reset: "مسح",
    unreviewed: "غير مراجع", confirmed: "مؤكد", rejected: "مرفوض", events: "حدث", fatalities: "قتلى",
    wounded: "جرحى", date: "التاريخ", type: "النوع", place: "المكان", actor1: "الفاعل الأول", actor2: "الفاعل الثاني",
    source: "المصدر", confidence: "الثقة", more: "المزيد", timeline: "الأحداث يوميًا حسب النوع", map: "الخريطة",
    table: "جدول الأحداث", evidence: "النص الأصلي مع الأدلة", repairs: "إصلاحات التمويه", sources: "مصادر أخرى",
    review: "مراجعة الحدث", reviewer: "اسم المراجع", comment: "تعليق", save: "حفظ المراجعة", history: "سجل المراجعات",
    no_history: "لا مراجعات بعد", keep: "بلا تغيير", field: "الحقل", value: "القيمة", notes: "ملاحظة",
    paste: "الصق نصًا عربيًا", published: "تاريخ النشر (اختياري)", run: "حلّل", nothing_stored: "لا يُحفظ شيء.",
    no_events: "لم يُعثر على حدث قابل للترميز.", warnings: "تنبيهات", location: "الموقع", saved: "حُفظت المراجعة",
    reviewed_by: "راجعه", none: "—", export: "تصدير", bbox_map: "حصر بالخريطة", extracted: "المستخرج آليًا",
    loading: "جارٍ التحميل…", evidence_key: "الدليل",
  },
  en: {
    title: "rasid", dashboard: "Events", analyse: "Analyse a text", api: "API", lang: "العربية",
    date_from: "From", date_to: "To", country: "Country", admin1: "Admin 1", admin2: "Admin 2",
    event_type: "Event type", sub_event_type: "Sub-event type", actor: "Actor", min_fatalities: "Min. fatalities",
    min_confidence: "Min. confidence", q: "Text search", status: "Review", any: "All", apply: "Apply", reset: "Clear",
    unreviewed: "Unreviewed", confirmed: "Confirmed", rejected: "Rejected", events: "events", fatalities: "Fatalities",
    wounded: "Wounded", date: "Date", type: "Type", place: "Place", actor1: "Actor 1", actor2: "Actor 2",
    source: "Source", confidence: "Confidence", more: "Load more", timeline: "Events per day by type", map: "Map",
    table: "Events", evidence: "Original text with evidence", repairs: "Evasion repairs", sources: "Other sources",
    review: "Review this event", reviewer: "Reviewer name", comment: "Comment", save: "Save review",
    history: "Revision history", no_history: "No revisions yet", keep: "unchanged", field: "Field", value: "Value",
    notes: "Notes", paste: "Paste Arabic text", published: "Publication date (optional)", run: "Analyse",
    nothing_stored: "Nothing is stored.", no_events: "No codable event found.", warnings: "Warnings",
    location: "Location", saved: "Review saved", reviewed_by: "by", none: "—", export: "Export",
    bbox_map: "Limit to map view", extracted: "extracted", loading: "Loading…", evidence_key: "evidence",
  },
};

const TYPE_COLOURS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
};
const TYPE_AR = {
  "Battles": "معارك", "Explosions/Remote violence": "انفجارات/عنف عن بعد", "Violence against civilians": "عنف ضد المدنيين",
  "Protests": "احتجاجات", "Riots": "أعمال شغب", "Strategic developments": "تطورات استراتيجية",
};
const FILTER_KEYS = ["date_from", "date_to", "country", "admin1", "admin2", "event_type", "sub_event_type", "actor",
  "min_fatalities", "min_confidence", "q", "status", "bbox"];

function lang() { return localStorage.getItem("rasid-lang") || "ar"; }
function t(key) { return (LABELS[lang()] || LABELS.ar)[key] || key; }
function typeLabel(type) { return lang() === "ar" ? (TYPE_AR[type] || type) : type; }

function applyLanguage() {
  const l = lang();
  document.documentElement.lang = l;
  document.documentElement.dir = l === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  document.querySelectorAll("[data-t-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.tPlaceholder); });
}

function setupHeader(onChange) {
  const button = document.getElementById("lang-switch");
  button.addEventListener("click", () => {
    localStorage.setItem("rasid-lang", lang() === "ar" ? "en" : "ar");
    applyLanguage();
    if (onChange) onChange();
  });
  applyLanguage();
}

/* An element with text content only: everything from the data goes through textContent, never HTML. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function filtersFromUrl() {
  const params = new URLSearchParams(location.search);
  const out = {};
  for (const k of FILTER_KEYS) if (params.get(k)) out[k] = params.get(k);
  return out;
}

function queryString(filters, extra) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(Object.assign({}, filters, extra || {}))) {
    if (v !== "" && v !== null && v !== undefined) params.set(k, v);
  }
  return params.toString();
}

function actorName(a) { return a ? (lang() === "ar" && a.name_ar ? a.name_ar : a.name) : t("none"); }
function placeName(e) {
  const loc = e.location || {};
  const name = lang() === "ar" ? (loc.name_ar || loc.name) : (loc.name || loc.name_ar);
  const parts = [name, e.admin1, e.country].filter((p, i, all) => p && all.indexOf(p) === i);
  return parts.join(lang() === "ar" ? "، " : ", ");
}

/* The original text with the given spans marked. spans: [{start, end, cls, title}]; text stays text. */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
    const title = covering.map((s) => s.title).filter(Boolean).join(" · ");
    frag.append(el("mark", { class: covering.map((s) => s.cls).join(" "), title: title || null }, piece));
  }
  return frag;
}

/* Spans of an event's fields: evidence, actors (their spans), the date words and the place name inside the evidence. */
function eventSpans(text, event) {
  const spans = (event.evidence || []).map((s) => ({ start: s.start, end: s.end, cls: "ev", title: null }));
  for (const key of ["actor1", "actor2"]) {
    const a = event[key];
    if (a && a.span) spans.push({ start: a.span.start, end: a.span.end, cls: "f-" + key, title: t(key) + ": " + a.name });
  }
  const within = (needle, cls, title) => {
    if (!needle) return;
    for (const s of event.evidence || []) {
      const at = text.slice(s.start, s.end).indexOf(needle);
      if (at >= 0) { spans.push({ start: s.start + at, end: s.start + at + needle.length, cls, title }); return; }
    }
  };
  within(event.date_text, "f-date", t("date") + ": " + (event.date || "?"));
  const loc = event.location || {};
  within(loc.name_ar, "f-location", t("place") + ": " + (loc.name || ""));
  return spans;
}

function repairSpans(repairs) {
  return (repairs || []).map((r) => ({ start: r.start, end: r.end, cls: "repair", title: "→ " + r.repaired + " (" + r.kind + ")" }));
}

function typeBadge(type) {
  return el("span", { class: "badge", style: "background:" + (TYPE_COLOURS[type] || "#555") }, typeLabel(type));
}
