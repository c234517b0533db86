// Interaction and feedback on the portal: showcase submissions and moderation, data requests and answers, ratings,
// comments and correction tickets. Every form posts JSON through zy.api (session cookie + anti-forgery token) and, on
// success, reloads the page so the server-rendered lists show the change; errors go to the form's aria-live line.
(function () {
  'use strict';

  function show(form, text, ok) {
    var out = form.querySelector('.form-status');
    if (!out) { return; }
    out.textContent = text;
    out.className = 'form-status ' + (ok ? 'ok' : 'error');
    out.hidden = false;
  }

  function values(form) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'submit' || el.type === 'button') { return; }
      if (el.type === 'radio' && !el.checked) { return; }
      var v = el.value.trim();
      if (el.getAttribute('data-type') === 'number') { body[el.name] = v === '' ? null : Number(v); }
      else if (el.getAttribute('data-type') === 'list') { body[el.name] = v.split(/[\s,，、]+/).filter(function (c) { return c; }); }
      else { body[el.name] = v === '' ? null : v; }
    });
    return body;
  }

  // A form with data-api="METHOD /url" posts its fields; data-done is the message shown before reloading.
  function wire(form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var spec = form.getAttribute('data-api').split(' ');
      var button = form.querySelector('button[type=submit]');
      if (button) { button.disabled = true; }
      window.zy.api(spec[0], spec[1], values(form)).then(function (r) {
        if (button) { button.disabled = false; }
        if (r.ok) {
          show(form, form.getAttribute('data-done') || 'OK', true);
          var go = form.getAttribute('data-next');
          window.location.href = go || window.location.href.split('#')[0];
          return;
        }
        show(form, window.zy.message(r), false);
      });
    });
  }

  // Buttons with data-api="METHOD /url" (and optional data-body JSON, data-confirm, data-reason prompt).
  function wireButton(button) {
    button.addEventListener('click', function () {
      var spec = button.getAttribute('data-api').split(' ');
      var body = JSON.parse(button.getAttribute('data-body') || 'null');
      var status = document.getElementById(button.getAttribute('data-status') || '');
      if (button.hasAttribute('data-reason')) {
        var field = document.getElementById(button.getAttribute('data-reason'));
        body = body || {};
        body.reason = field ? field.value.trim() || null : null;
      }
      button.disabled = true;
      window.zy.api(spec[0], spec[1], body).then(function (r) {
        button.disabled = false;
        if (r.ok) { window.location.reload(); return; }
        if (status) { status.textContent = window.zy.message(r); status.hidden = false; }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-api]'), wire);
    Array.prototype.forEach.call(document.querySelectorAll('button[data-api]'), wireButton);
  });
})();
