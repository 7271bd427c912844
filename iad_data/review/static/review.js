// The review page: one record at a time from a server-side queue, decisions posted as JSON.
"use strict";

const LIMIT = 50;
const $ = (id) => document.getElementById(id);
const state = {
  meta: null, items: [], offset: 0, total: 0, index: 0, removed: 0,
  record: null, overlay: true, mode: "view", reasonPick: 0, flagPick: 0, busy: false,
};

// While a decision is stored or a record loads, keys wait: a key pressed then would act on
// the record that is leaving the screen.
async function busy(work) {
  if (state.busy) return;
  state.busy = true; document.body.dataset.busy = "1";
  try { return await work(); } finally { state.busy = false; document.body.dataset.busy = "0"; }
}

function params() { return new URLSearchParams(location.search); }
function filters() {
  const out = {};
  for (const el of $("filters").elements) if (el.name && el.value) out[el.name] = el.value;
  return out;
}
function reviewer() { return $("reviewer").value.trim(); }

async function api(path, options) {
  const response = await fetch(path, options);
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : {};
  if (!response.ok) throw Object.assign(new Error(body.error || response.statusText), { body, status: response.status });
  return body;
}

function say(text, ok) { $("message").textContent = text; $("message").className = ok ? "ok" : ""; }

function saveUrl() {
  const q = new URLSearchParams(filters());
  q.set("reviewer", reviewer());
  q.set("pos", String(state.offset + state.index));
  history.replaceState(null, "", "?" + q.toString());
}

function showProgress(p) {
  $("bar").max = Math.max(1, p.records);
  $("bar").value = p.mine;
  $("progress-text").textContent = `${p.mine} / ${p.records} reviewed by ${reviewer()} (${p.anyone} by anyone)`;
}

function urlFilters() {
  const out = {};
  for (const el of $("filters").elements) if (el.name && params().get(el.name)) out[el.name] = params().get(el.name);
  return out;
}

function showMeta(meta) {
  const q = params();
  state.meta = meta;
  $("reviewer").value = q.get("reviewer") || localStorage.getItem("iad-reviewer") || meta.reviewer;
  for (const select of document.querySelectorAll("select[data-choice]")) {
    for (const value of meta.choices[select.dataset.choice] || []) select.add(new Option(value, value));
  }
  for (const el of $("filters").elements) if (el.name && q.get(el.name)) el.value = q.get(el.name);
  $("reasons").replaceChildren(...meta.reasons.map((r) => Object.assign(document.createElement("li"), { textContent: r })));
  $("flag-kinds").replaceChildren(...meta.flags.map((f) => Object.assign(document.createElement("li"), { textContent: f.replaceAll("_", " ") })));
}

// A page of the queue, with the record at ``index`` in it (one round trip less).
function fetchPage(offset, flt, who, index) {
  const q = new URLSearchParams({ ...flt, reviewer: who, offset: String(offset), limit: String(LIMIT), detail: String(index) });
  return api("/api/queue?" + q);
}

async function loadPage(offset, index) {
  return showPage(await fetchPage(offset, filters(), reviewer(), index), index);
}

async function showPage(page, index) {
  state.items = page.items; state.offset = page.offset; state.total = page.total; state.removed = 0;
  showProgress(page.progress);
  if (!state.items.length) { state.index = 0; showEmpty(); return; }
  state.index = Math.min(Math.max(0, index), state.items.length - 1);
  await showCurrent(state.index === index ? page.record : undefined);
}

function showEmpty() {
  state.record = null;
  $("position").textContent = "this queue is empty";
  for (const id of ["record-id", "status", "turns", "truth", "meta", "scores", "findings", "history"]) $(id).replaceChildren();
  $("image").removeAttribute("src"); $("mask").removeAttribute("src"); $("boxes").replaceChildren();
  $("reference").hidden = true;
  saveUrl();
}

function rows(table, pairs) {
  $(table).replaceChildren(...pairs.filter(([, v]) => v !== undefined && v !== null && v !== "").map(([k, v]) => {
    const tr = document.createElement("tr");
    tr.append(Object.assign(document.createElement("td"), { textContent: k }),
      Object.assign(document.createElement("td"), { textContent: typeof v === "object" ? JSON.stringify(v) : String(v) }));
    return tr;
  }));
}

function drawBoxes(sample, recordBoxes) {
  const svg = $("boxes");
  const ns = "http://www.w3.org/2000/svg";
  const shapes = [];
  const add = (b, cls) => {
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("x", b[0]); r.setAttribute("y", b[1]);
    r.setAttribute("width", Math.max(0, b[2] - b[0])); r.setAttribute("height", Math.max(0, b[3] - b[1]));
    r.setAttribute("class", cls); r.setAttribute("fill", "none");
    r.setAttribute("stroke", cls === "gt" ? "#ff2828" : "#f5b700");
    r.setAttribute("stroke-width", "2"); r.setAttribute("vector-effect", "non-scaling-stroke");
    if (cls !== "gt") r.setAttribute("stroke-dasharray", "4 3");
    shapes.push(r);
  };
  for (const b of sample?.boxes || []) add(b, "gt");
  for (const b of recordBoxes || []) add(b, "rec");
  svg.replaceChildren(...shapes);
}

function turnsView(rec) {
  $("turns-title").textContent = rec.source === "rejects" ? "Teacher's answer (refused by validation)" : "Conversation";
  $("turns").replaceChildren(...rec.turns.map((t) => {
    const div = document.createElement("div");
    div.className = "turn " + t.role;
    div.append(Object.assign(document.createElement("b"), { textContent: t.role }), document.createTextNode(t.content));
    return div;
  }));
}

async function showCurrent(known) {
  const item = state.items[state.index];
  const q = new URLSearchParams({ record_set: item.record_set, record_id: item.record_id, source: item.source, reviewer: reviewer() });
  const rec = known || await api("/api/record?" + q);
  state.record = rec; state.mode = "view";
  closeEditor();
  $("position").textContent = `${state.offset + state.index + 1} of ${state.total}`;
  $("record-id").textContent = rec.record_id;
  setStatus(rec.status);
  const s = rec.sample;
  if (s) {
    $("image").src = `/api/image/${encodeURIComponent(s.sample_id)}`;
    if (s.has_mask) { $("mask").src = `/api/mask/${encodeURIComponent(s.sample_id)}`; $("mask").hidden = false; }
    else { $("mask").removeAttribute("src"); $("mask").hidden = true; }
  }
  drawBoxes(s, rec.record_boxes);
  $("reference").hidden = !rec.reference;
  if (rec.reference) $("ref-image").src = `/api/image/${encodeURIComponent(rec.reference.sample_id)}`;
  const t = rec.truth || {};
  rows("truth", [["dataset", s?.dataset], ["category", s?.category], ["label", s?.label],
    ["defect type", s?.defect_type], ["canonical type", t.canonical_type], ["location", s?.location],
    ["flagged", rec.flag ? `${rec.flag.flag} by ${rec.flag.reviewer}: ${rec.flag.reason}` : ""]]);
  rows("meta", [["record set", rec.record_set], ["task", rec.task], ["teacher", rec.teacher],
    ["prompt", rec.template_id], ["prompt hash", rec.template_hash], ["sample", s?.sample_id], ["image", s?.image_path]]);
  rows("scores", Object.entries(rec.scores || {}));
  const found = Object.entries(rec.findings || {}).flatMap(([rule, msgs]) => (msgs.length ? msgs : [""]).map((m) => `${rule}: ${m}`));
  $("findings").replaceChildren(...(found.length ? found : ["no findings: every rule passes"]).map((f) =>
    Object.assign(document.createElement("li"), { textContent: f, className: found.length ? "" : "ok" })));
  $("history").replaceChildren(...rec.decisions.map((d) => Object.assign(document.createElement("li"), {
    textContent: `${d.reviewer}: ${d.verdict}${d.reason ? " (" + d.reason + ")" : ""} ${d.time}${d.content_hash === rec.content_hash ? "" : " [record changed since]"}`,
  })));
  turnsView(rec);
  saveUrl();
}

function setStatus(status) {
  $("status").textContent = status;
  $("status").className = "status " + status;
}

function matchesFilter(status) {
  const f = filters().status || "all";
  if (f === "all") return true;
  if (f === "unreviewed") return status === "unreviewed" || status === "changed";
  if (f === "reviewed") return ["accept", "edit", "reject"].includes(status);
  if (f === "flagged") return true;
  return f === status;
}

async function move(step) {
  const next = state.index + step;
  if (next >= 0 && next < state.items.length) { state.index = next; return showCurrent(); }
  if (step > 0) {
    const offset = state.offset + state.items.length - state.removed;
    if (offset >= state.total - state.removed) { say("end of the queue", true); return; }
    return loadPage(offset, 0);
  }
  if (state.offset > 0) return loadPage(Math.max(0, state.offset - LIMIT), LIMIT - 1);
}

async function decide(verdict, extra) {
  const rec = state.record;
  if (!rec) return;
  const body = { reviewer: reviewer(), record_set: rec.record_set, record_id: rec.record_id, source: rec.source,
    content_hash: rec.content_hash, verdict, ...extra };
  try {
    const done = await api("/api/decision", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    showProgress(done.progress);
    if (["accept", "edit", "reject"].includes(verdict)) {
      setStatus(verdict);
      state.items[state.index].status = verdict;
      if (!matchesFilter(verdict)) state.removed += 1;
    }
    say(`${verdict}: saved`, true);
    state.mode = "view";
    await move(1);
    return true;
  } catch (err) {
    if (err.status === 409) { say(err.message); await showCurrent(); return false; }
    const found = Object.entries(err.body?.findings || {}).flatMap(([r, m]) => m.map((x) => `${r}: ${x}`));
    say(err.message + (found.length ? " - " + found.join("; ") : ""));
    if (found.length) $("findings").replaceChildren(...found.map((f) => Object.assign(document.createElement("li"), { textContent: f })));
    return false;
  }
}

function startEdit() {
  const rec = state.record;
  if (!rec || !rec.assistant.length) { say("this row has no text to edit"); return; }
  state.mode = "edit";
  $("turns").hidden = true; $("editor").hidden = false;
  $("edit-fields").replaceChildren(...rec.assistant.map((text, i) => {
    const area = document.createElement("textarea");
    area.value = text; area.dataset.turn = String(i); area.setAttribute("aria-label", `assistant turn ${i + 1}`);
    return area;
  }));
  $("edit-fields").querySelector("textarea").focus();
}

// The editor gives up focus as it closes: Chromium moves focus off a hidden field only at its
// next rendering update, and a key pressed before that would go to the hidden textarea.
function closeEditor() {
  if ($("editor").contains(document.activeElement)) document.activeElement.blur();
  $("editor").hidden = true; $("turns").hidden = false;
}

function cancelEdit() { state.mode = "view"; closeEditor(); say(""); }

function pick(listId, n) {
  const items = $(listId).children;
  if (n < 1 || n > items.length) return 0;
  for (const li of items) li.classList.remove("picked");
  items[n - 1].classList.add("picked");
  return n;
}

function openReject() {
  if (!state.record) return;
  state.mode = "reject"; state.reasonPick = 0; pick("reasons", 0);
  for (const li of $("reasons").children) li.classList.remove("picked");
  $("reason-text").value = ""; $("reject-dialog").showModal(); $("reason-text").focus();
}

function openFlag() {
  if (!state.record) return;
  state.mode = "flag"; state.flagPick = 0;
  for (const li of $("flag-kinds").children) li.classList.remove("picked");
  $("flag-text").value = ""; $("flag-dialog").showModal(); $("flag-text").focus();
}

function closeDialogs() { $("reject-dialog").close(); $("flag-dialog").close(); state.mode = "view"; }

function onDialogKey(event) {
  const reject = state.mode === "reject";
  const input = reject ? $("reason-text") : $("flag-text");
  if (event.key === "Escape") { event.preventDefault(); closeDialogs(); return; }
  if (/^[1-9]$/.test(event.key) && !input.value) {
    event.preventDefault();
    const n = pick(reject ? "reasons" : "flag-kinds", Number(event.key));
    if (reject) state.reasonPick = n; else state.flagPick = n;
    return;
  }
  if (event.key === "Enter") {
    event.preventDefault();
    if (reject) {
      const reason = input.value.trim() || (state.reasonPick ? state.meta.reasons[state.reasonPick - 1] : "");
      if (!reason) { say("pick a reason (1-9) or type one"); return; }
      closeDialogs(); busy(() => decide("reject", { reason }));
    } else {
      if (!state.flagPick) { say("pick what is wrong (1-3)"); return; }
      const flag = state.meta.flags[state.flagPick - 1];
      closeDialogs(); busy(() => decide("flag", { flag, reason: input.value.trim() || flag.replaceAll("_", " ") }));
    }
  }
}

document.addEventListener("keydown", (event) => {
  if (state.mode === "reject" || state.mode === "flag") return onDialogKey(event);
  if (state.mode === "edit") {
    if (event.key === "Escape") { event.preventDefault(); cancelEdit(); }
    else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      const edited = [...$("edit-fields").querySelectorAll("textarea")].map((a) => a.value);
      busy(() => decide("edit", { edited_text: edited }));
    }
    return;
  }
  const target = event.target;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
  if (typing && !target.closest("[hidden], dialog:not([open])")) return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const actions = {
    a: () => decide("accept", {}),
    r: openReject,
    e: startEdit,
    f: openFlag,
    u: () => decide("unflag", {}),
    j: () => move(1), ArrowRight: () => move(1),
    k: () => move(-1), ArrowLeft: () => move(-1),
    o: toggleOverlay,
  };
  const action = actions[event.key];
  if (action) { event.preventDefault(); busy(async () => action()); }
});

function toggleOverlay() {
  state.overlay = !state.overlay;
  $("stage").classList.toggle("bare", !state.overlay);
  $("overlay-state").textContent = `(overlay ${state.overlay ? "on" : "off"}: o)`;
}

$("filters").addEventListener("change", () => loadPage(0, 0));
$("reviewer").addEventListener("change", () => { localStorage.setItem("iad-reviewer", reviewer()); loadPage(0, 0); });

(async () => {
  try {
    // the queue's first page is asked for at once, beside the menus' values
    const who = params().get("reviewer") || localStorage.getItem("iad-reviewer") || "";
    const pos = Math.max(0, Number(params().get("pos") || 0));
    const offset = Math.floor(pos / LIMIT) * LIMIT;
    const [meta, page] = await Promise.all([
      api("/api/meta?" + new URLSearchParams({ reviewer: who })), fetchPage(offset, urlFilters(), who, pos - offset),
    ]);
    showMeta(meta);
    await showPage(page, pos - offset);
    document.body.dataset.ready = "1";
  } catch (err) {
    say("cannot load the queue: " + err.message);
  }
})();
