// Developer centre (开发者中心): sign-up, 有条件开放 applications on resource pages, keys, and the stewards' answers.
// Every call goes through zy.api (session cookie and anti-forgery token); answers are shown in aria-live regions.
(function () {
  'use strict';
  var en = window.zy.lang === 'en';
  var t = window.zy.t;
  function show(el, text) { el.textContent = text; el.hidden = false; }

  function signUp(form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var error = document.getElementById('signup-error');
      error.hidden = true;
      if (form.password.value !== form.password2.value) { show(error, t('两次输入的密码不一致', 'The passwords differ')); return; }
      var body = { username: form.username.value.trim(), displayName: form.displayName.value.trim(), email: form.email.value.trim(), password: form.password.value };
      window.zy.api('POST', '/api/v1/developers', body).then(function (r) {
        if (r.ok) { window.location.href = form.getAttribute('data-return') || '/developers'; return; }
        show(error, window.zy.message(r));
      });
    });
  }

  function apply(form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var status = document.getElementById('apply-status');
      var items = Array.prototype.filter.call(form.querySelectorAll('input[name=item]'), function (i) { return i.checked; })
        .map(function (i) { return i.value; });
      var body = { resourceCode: form.getAttribute('data-code'), purpose: form.purpose.value, items: items };
      document.getElementById('apply-submit').disabled = true;
      window.zy.api('POST', '/api/v1/developers/applications', body).then(function (r) {
        document.getElementById('apply-submit').disabled = false;
        status.className = r.ok ? 'ok' : 'error';
        status.textContent = r.ok ? t('申请已提交，等待提供部门审核。', 'Application filed: the providing department will answer.') : window.zy.message(r);
      });
    });
  }

  function keys(form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var error = document.getElementById('key-error');
      error.hidden = true;
      var body = { applicationId: Number(form.applicationId.value), name: form.name.value, expiresAt: form.expires.value ? form.expires.value + 'T23:59:59+08:00' : null };
      window.zy.api('POST', '/api/v1/developers/keys', body).then(function (r) {
        if (!r.ok) { show(error, window.zy.message(r)); return; }
        document.getElementById('new-key-secret').textContent = r.body.secret;
        document.getElementById('new-key').hidden = false;
        form.reset();
      });
    });
  }

  function revoke(button) {
    button.addEventListener('click', function () {
      if (!window.confirm(t('确定吊销该密钥？使用它的程序将立即无法调用。', 'Revoke this key? Programs using it stop at once.'))) { return; }
      window.zy.api('POST', '/api/v1/developers/keys/' + button.value + '/revoke').then(function (r) {
        if (r.ok) { window.location.reload(); } else { window.alert(window.zy.message(r)); }
      });
    });
  }

  function decide(button, approve) {
    button.addEventListener('click', function () {
      var article = button.closest('article');
      var out = article.querySelector('.decision');
      var id = button.value;
      var reason = document.getElementById('refuse-reason-' + id);
      if (!approve && !reason.value.trim()) { out.className = 'decision error'; out.textContent = t('请填写拒绝理由', 'Give a reason to refuse'); reason.focus(); return; }
      var url = '/api/v1/share-requests/' + id + (approve ? '/approve' : '/refuse');
      window.zy.api('POST', url, approve ? {} : { reason: reason.value }).then(function (r) {
        out.className = r.ok ? 'decision ok' : 'decision error';
        out.textContent = r.ok ? (approve ? t('已批准', 'Approved') : t('已拒绝', 'Refused')) : window.zy.message(r);
        if (r.ok) { Array.prototype.forEach.call(article.querySelectorAll('button, input'), function (b) { b.disabled = true; }); }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var f = document.getElementById('signup-form');
    if (f) { signUp(f); }
    f = document.getElementById('apply-form');
    if (f) { apply(f); }
    f = document.getElementById('key-form');
    if (f) { keys(f); }
    document.querySelectorAll('[data-revoke-key]').forEach(revoke);
    document.querySelectorAll('[data-approve]').forEach(function (b) { decide(b, true); });
    document.querySelectorAll('[data-refuse]').forEach(function (b) { decide(b, false); });
  });
})();
