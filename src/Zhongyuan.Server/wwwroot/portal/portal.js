// Zhongyuan portal: what every page shares. window.zy.api calls the platform's JSON API with the session cookie and
// the session's anti-forgery token (fetched once from /api/v1/auth/me), and answers { ok, status, body }.
(function () {
  'use strict';
  var csrf = null;
  var lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';

  function token() {
    if (csrf) { return Promise.resolve(csrf); }
    return fetch('/api/v1/auth/me', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (me) { csrf = me.csrfToken || ''; return csrf; });
  }

  function api(method, url, body, extraHeaders) {
    var safe = method === 'GET' || method === 'HEAD';
    return (safe ? Promise.resolve('') : token()).then(function (t) {
      var headers = { 'Accept': 'application/json', 'Accept-Language': lang };
      if (t) { headers['X-ZY-CSRF'] = t; }
      var init = { method: method, credentials: 'same-origin', headers: headers };
      if (body instanceof FormData) { init.body = body; }
      else if (body !== undefined && body !== null) { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
      if (extraHeaders) { Object.keys(extraHeaders).forEach(function (k) { headers[k] = extraHeaders[k]; }); }
      return fetch(url, init).then(function (r) {
        var type = r.headers.get('Content-Type') || '';
        var read = type.indexOf('json') >= 0 ? r.json() : r.text();
        return read.then(function (b) { return { ok: r.ok, status: r.status, body: b }; });
      });
    });
  }

  // The problem title of a failed call (RFC 9457 answers carry the message in the page's language).
  function message(result) {
    var b = result && result.body;
    if (b && typeof b === 'object') {
      if (b.errors && typeof b.errors === 'object') {
        var first = Object.keys(b.errors).map(function (k) { return [].concat(b.errors[k]).join(' '); }).join('; ');
        if (first) { return (b.title ? b.title + ': ' : '') + first; }
      }
      return b.detail || b.title || String(result.status);
    }
    return String(result ? result.status : '');
  }

  function t(zh, en) { return lang === 'en' ? en : zh; }
  function byId(id) { return document.getElementById(id); }
  // Text for innerHTML: & < > " ' escaped.
  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  // A timestamp in China time (UTC+8), in the page language; '—' when missing.
  function day(iso) { return iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }) : '—'; }

  window.zy = { api: api, message: message, lang: lang, csrf: token, t: t, byId: byId, esc: esc, day: day };

  document.addEventListener('DOMContentLoaded', function () {
    var out = document.getElementById('sign-out');
    if (out) {
      out.addEventListener('click', function () {
        api('POST', '/api/v1/auth/logout').then(function () { window.location.href = '/'; });
      });
    }
    var form = document.getElementById('signin-form');
    if (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var error = document.getElementById('signin-error');
        error.hidden = true;
        api('POST', '/api/v1/auth/login', { username: form.username.value, password: form.password.value }).then(function (r) {
          if (r.ok) { window.location.href = form.getAttribute('data-return') || '/console'; return; }
          error.textContent = message(r);
          error.hidden = false;
        });
      });
    }
  });
})();
