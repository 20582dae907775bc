// roundtwo mock interview: Ctrl+Enter sends, the answer box stays focused, drafts survive a
// reload, and the answer timer (timed mode) records how long each answer took.
(function () {
  "use strict";
  var shownAt = Date.now(), ticker = null;

  function form() { return document.getElementById("answer-form"); }
  function box() { return document.getElementById("answer"); }
  function draftKey(f) {
    var pos = document.getElementById("position");
    return "rt-mock:" + f.dataset.session + ":" + (pos ? pos.value : "");
  }
  function saveDraft() {
    var f = form(), b = box();
    if (!f || !b) return;
    try {
      if (b.value) { localStorage.setItem(draftKey(f), b.value); } else { localStorage.removeItem(draftKey(f)); }
    } catch (e) {}
  }
  function restoreDraft() {
    var f = form(), b = box();
    if (!f || !b || b.value) return;
    try { b.value = localStorage.getItem(draftKey(f)) || ""; } catch (e) {}
  }
  function dropDraft(key) { try { localStorage.removeItem(key); } catch (e) {} }

  function startTimer() {
    var f = form(), el = document.getElementById("timer");
    shownAt = Date.now();
    if (ticker) clearInterval(ticker);
    if (!f || !el || !f.dataset.limit) return;
    var limit = parseInt(f.dataset.limit, 10);
    function tick() {
      var left = limit - Math.floor((Date.now() - shownAt) / 1000);
      el.textContent = left >= 0 ? left + " s left" : "time's up — wrap up (" + (-left) + " s over)";
      el.classList.toggle("over", left < 0);
    }
    tick();
    ticker = setInterval(tick, 1000);
  }

  document.addEventListener("keydown", function (evt) {
    if (evt.key !== "Enter" || !(evt.ctrlKey || evt.metaKey)) return;
    var f = form();
    if (!f || !f.contains(evt.target)) return;
    evt.preventDefault();
    if (f.requestSubmit) { f.requestSubmit(); } else { f.submit(); }
  });
  document.addEventListener("input", function (evt) { if (evt.target === box()) saveDraft(); });

  document.addEventListener("htmx:configRequest", function (evt) {
    var f = form();
    if (!f || evt.detail.elt !== f) return;
    var seconds = ((Date.now() - shownAt) / 1000).toFixed(1);
    evt.detail.parameters["response_seconds"] = seconds;
    f.dataset.sentKey = draftKey(f);
  });
  document.addEventListener("htmx:afterRequest", function (evt) {
    var f = form();
    if (!f || evt.detail.elt !== f || !evt.detail.successful) return;
    if (f.dataset.sentKey) dropDraft(f.dataset.sentKey);
    var err = f.querySelector(".form-error");
    if (err) err.textContent = "";
    box().value = "";
    box().focus();
    startTimer();
    var last = document.querySelector("#conversation .bubble.interviewer:last-of-type");
    if (last && last.scrollIntoView) last.scrollIntoView({ block: "nearest" });
  });
  // a plain (non-HTMX) submit still records the time taken
  document.addEventListener("submit", function (evt) {
    var f = form();
    if (!f || evt.target !== f) return;
    var field = f.querySelector("input[name=response_seconds]");
    if (field) field.value = ((Date.now() - shownAt) / 1000).toFixed(1);
  }, true);

  document.addEventListener("DOMContentLoaded", function () {
    restoreDraft();
    startTimer();
    var b = box();
    if (b) { b.focus(); b.setSelectionRange(b.value.length, b.value.length); }
  });
})();
