// roundtwo: autosave that never loses typing, keyboard shortcuts, live countdowns.
(function () {
  "use strict";
  var DRAFT = "rt-draft:";

  function fields(form) {
    var out = {};
    new FormData(form).forEach(function (value, key) { out[key] = String(value); });
    return out;
  }
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  function state(form, text, bad) {
    var el = form.querySelector(".save-state");
    if (el) { el.textContent = text; el.classList.toggle("bad", !!bad); }
  }
  function flash(text) {
    var el = document.getElementById("flash");
    el.textContent = text; el.hidden = false;
    clearTimeout(flash.timer);
    flash.timer = setTimeout(function () { el.hidden = true; }, 12000);
  }
  function isExchange(el) { return el && el.classList && el.classList.contains("exchange"); }

  // Keep every keystroke in this browser until the server has it. A draft remembers the
  // version it was typed over ("base"), so a stale draft never overwrites a newer save.
  function readDraft(form) {
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(DRAFT + form.dataset.id) || "null"); } catch (e) {}
    if (!stored) return null;
    return stored.fields ? stored : { fields: stored, base: null };
  }
  function dropDraft(form) {
    try { localStorage.removeItem(DRAFT + form.dataset.id); } catch (e) {}
  }
  function baseline(form) {
    if (!form.dataset.base) form.dataset.base = JSON.stringify(fields(form));
  }
  document.addEventListener("input", remember, true);
  document.addEventListener("change", remember, true);
  function remember(evt) {
    var form = evt.target.closest && evt.target.closest("form.exchange");
    if (!form) return;
    baseline(form);
    var draft = { fields: fields(form), base: JSON.parse(form.dataset.base) };
    try { localStorage.setItem(DRAFT + form.dataset.id, JSON.stringify(draft)); } catch (e) {}
    form.dataset.dirty = "1";
    state(form, "saving…");
  }

  // What each save carried: only typing the server has confirmed counts as saved.
  document.addEventListener("htmx:beforeRequest", function (evt) {
    var form = evt.detail.elt;
    if (isExchange(form)) form.dataset.sent = JSON.stringify(fields(form));
  });
  document.addEventListener("htmx:afterRequest", function (evt) {
    var form = evt.detail.elt;
    if (!isExchange(form) || !evt.detail.successful || !form.dataset.sent) return;
    var sent = JSON.parse(form.dataset.sent), draft = readDraft(form);
    form.dataset.base = form.dataset.sent;
    var saved = evt.detail.xhr && evt.detail.xhr.getResponseHeader("X-Saved-At");
    if (saved) form.dataset.saved = saved;
    if (!draft || same(draft.fields, sent)) {
      dropDraft(form);
      delete form.dataset.dirty;
      state(form, "saved " + new Date().toLocaleTimeString());
    } else {
      state(form, "saving…");
    }
  });

  function errorText(evt) {
    var xhr = evt.detail.xhr;
    return (xhr && xhr.responseText) || "Something went wrong.";
  }
  document.addEventListener("htmx:responseError", function (evt) {
    var elt = evt.detail.elt, form = elt.closest ? elt.closest("form") : null;
    var text = errorText(evt);
    if (isExchange(form)) { state(form, "not saved: " + text + " (kept in this browser)", true); return; }
    var slot = form && form.querySelector(".form-error");
    if (slot) { slot.textContent = text; } else { flash(text); }
  });
  document.addEventListener("htmx:sendError", function (evt) {
    var form = evt.detail.elt.closest ? evt.detail.elt.closest("form") : null;
    var text = "Cannot reach roundtwo: is it still running? Your typing is kept in this browser.";
    if (isExchange(form)) { state(form, text, true); } else { flash(text); }
  });

  // Typing that never reached the server (a closed tab, a crash): restore it and save it —
  // unless the saved version changed since the draft was typed (another tab, the CLI): then
  // ask, and keep both until the user chooses.
  function apply(form, draft) {
    Object.keys(draft).forEach(function (name) {
      form.querySelectorAll("[name='" + name + "']").forEach(function (input) {
        if (input.type === "checkbox" || input.type === "radio") { input.checked = input.value === draft[name]; }
        else { input.value = draft[name]; }
      });
    });
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      if (!(box.name in draft)) box.checked = false;
    });
  }
  function offer(form, draft) {
    var box = document.createElement("div"), use = document.createElement("button");
    var drop = document.createElement("button");
    box.className = "draft-conflict";
    box.textContent = "This browser kept unsaved typing from an earlier visit, but the saved version has changed since. ";
    use.type = drop.type = "button";
    use.className = drop.className = "small";
    use.textContent = "Use the typing from this browser";
    drop.textContent = "Keep the saved version";
    use.addEventListener("click", function () {
      apply(form, draft.fields); box.remove(); form.dataset.dirty = "1";
      state(form, "restored what you typed — saving…"); htmx.trigger(form, "save");
    });
    drop.addEventListener("click", function () { dropDraft(form); box.remove(); state(form, "saved"); });
    box.appendChild(use); box.appendChild(drop);
    form.insertBefore(box, form.children[1] || null);
    state(form, "saved version kept — see the note below", true);
  }
  function restore(root) {
    root.querySelectorAll("form.exchange").forEach(function (form) {
      baseline(form);
      var draft = readDraft(form), now = fields(form);
      if (!draft) return;
      if (same(draft.fields, now)) { dropDraft(form); return; }
      if (draft.base && !same(draft.base, now)) { offer(form, draft); return; }
      apply(form, draft.fields);
      form.dataset.dirty = "1";
      state(form, "restored what you typed — saving…");
      htmx.trigger(form, "save");
    });
  }

  // Leaving the page: send what is still pending, even if the tab is closing.
  function flush() {
    // pagehide and visibilitychange both fire on close: send each version once, or a late
    // duplicate could land after a newer edit made elsewhere.
    document.querySelectorAll("form.exchange[data-dirty]").forEach(function (form) {
      var now = JSON.stringify(fields(form));
      if (!navigator.sendBeacon || form.dataset.beaconed === now) return;
      if (navigator.sendBeacon(form.action, new FormData(form))) form.dataset.beaconed = now;
    });
  }
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () { if (document.hidden) flush(); });

  // Keyboard first: Ctrl+Enter or Alt+N adds the next exchange.
  document.addEventListener("keydown", function (evt) {
    var add = document.getElementById("add-exchange");
    if (!add) return;
    if ((evt.key === "Enter" && (evt.ctrlKey || evt.metaKey)) || (evt.altKey && (evt.key === "n" || evt.key === "N"))) {
      evt.preventDefault();
      add.click();
    }
  });

  document.addEventListener("htmx:load", function (evt) {
    var el = evt.detail.elt;
    if (isExchange(el)) baseline(el);
    if (isExchange(el) && el.dataset.focus) {
      var hint = document.querySelector(".empty-hint");
      if (hint) hint.remove();
      var q = el.querySelector("textarea[name=question]");
      if (q) q.focus();
    }
  });

  // Countdowns: "due in 21 h 14 min" / "overdue by 3 h".
  function span(ms) {
    var min = Math.floor(ms / 60000), h = Math.floor(min / 60), m = min % 60;
    if (min >= 2880) return Math.floor(min / 1440) + " d " + Math.floor((min % 1440) / 60) + " h";
    if (h) return h + " h " + m + " min";
    return Math.max(m, 1) + " min";
  }
  function tick() {
    document.querySelectorAll(".due[data-due]").forEach(function (el) {
      if (!el.dataset.due) return;
      var left = new Date(el.dataset.due).getTime() - Date.now();
      el.textContent = left >= 0 ? "due in " + span(left) : "overdue by " + span(-left);
      el.classList.toggle("overdue", left < 0);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    restore(document);
    tick();
    setInterval(tick, 30000);
  });
})();
