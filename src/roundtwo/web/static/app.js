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

  // Keep every keystroke in this browser until the server has it.
  document.addEventListener("input", remember, true);
  document.addEventListener("change", remember, true);
  function remember(evt) {
    var form = evt.target.closest && evt.target.closest("form.exchange");
    if (!form) return;
    try { localStorage.setItem(DRAFT + form.dataset.id, JSON.stringify(fields(form))); } catch (e) {}
    form.dataset.dirty = "1";
    state(form, "saving…");
  }

  document.addEventListener("htmx:afterRequest", function (evt) {
    var form = evt.detail.elt;
    if (!isExchange(form) || !evt.detail.successful) return;
    var key = DRAFT + form.dataset.id, draft = null;
    try { draft = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) {}
    if (!draft || same(draft, fields(form))) {
      try { localStorage.removeItem(key); } catch (e) {}
      delete form.dataset.dirty;
      state(form, "saved " + new Date().toLocaleTimeString());
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

  // Typing that never reached the server (a closed tab, a crash): restore it and save it.
  function restore(root) {
    root.querySelectorAll("form.exchange").forEach(function (form) {
      var draft = null;
      try { draft = JSON.parse(localStorage.getItem(DRAFT + form.dataset.id) || "null"); } catch (e) {}
      if (!draft || same(draft, fields(form))) return;
      Object.keys(draft).forEach(function (name) {
        form.querySelectorAll("[name='" + name + "']").forEach(function (input) {
          if (input.type === "checkbox" || input.type === "radio") { input.checked = input.value === draft[name]; }
          else { input.value = draft[name]; }
        });
      });
      form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        if (!(box.name in draft)) box.checked = false;
      });
      state(form, "restored what you typed — saving…");
      htmx.trigger(form, "save");
    });
  }

  // Leaving the page: send what is still pending, even if the tab is closing.
  function flush() {
    document.querySelectorAll("form.exchange[data-dirty]").forEach(function (form) {
      if (navigator.sendBeacon) navigator.sendBeacon(form.action, new FormData(form));
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
