// Zhongyuan audit console (/console/audit): search the audit trail with paging (newest first, "before" cursor), an
// export link carrying the same filters, and the verification of the hash chain.
(function () {
  'use strict';
  var en = document.documentElement.lang === 'en';
  var t = window.zy.t;
  var next = null;

  function filters(form) {
    var query = new URLSearchParams();
    ['from', 'to'].forEach(function (k) {
      // datetime-local has no zone: the platform's times are China Standard Time.
      if (form[k].value) { query.set(k, form[k].value + ':00+08:00'); }
    });
    ['user', 'department', 'resource', 'action', 'result'].forEach(function (k) { if (form[k].value.trim()) { query.set(k, form[k].value.trim()); } });
    return query;
  }

  function cell(tr, text) { tr.insertCell().textContent = text === null || text === undefined ? '' : String(text); }

  function search(form, append) {
    var query = filters(form);
    document.getElementById('audit-export').setAttribute('href', '/api/v1/audit/events/export?' + query.toString());
    query.set('limit', '50');
    if (append && next) { query.set('before', String(next)); }
    var status = document.getElementById('audit-status');
    status.textContent = t('查询中…', 'Searching…');
    window.zy.api('GET', '/api/v1/audit/events?' + query.toString()).then(function (r) {
      if (!r.ok) { status.textContent = window.zy.message(r); return; }
      var body = document.querySelector('#audit-table tbody');
      if (!append) { body.textContent = ''; }
      r.body.items.forEach(function (e) {
        var tr = body.insertRow();
        var th = document.createElement('th'); th.scope = 'row'; th.textContent = e.seq; tr.appendChild(th);
        cell(tr, String(e.at).replace('T', ' ').slice(0, 19));
        cell(tr, e.username || (e.applicationId ? t('应用 ', 'app ') + e.applicationId : ''));
        cell(tr, e.departmentId);
        cell(tr, e.action);
        cell(tr, e.resourceCode);
        cell(tr, e.result);
        cell(tr, e.detail);
      });
      next = r.body.nextBefore;
      document.getElementById('audit-more').hidden = !next;
      status.textContent = t('共显示 ', 'Showing ') + body.rows.length + t(' 条事件。', ' events.');
    });
  }

  function verify() {
    var out = document.getElementById('verify-result');
    out.textContent = t('校验中…', 'Verifying…');
    window.zy.api('POST', '/api/v1/audit/verify').then(function (r) {
      out.textContent = '';
      if (!r.ok) { out.textContent = window.zy.message(r); return; }
      var v = r.body;
      var p = document.createElement('p');
      p.id = 'verify-outcome';
      p.className = v.ok ? 'verify-ok' : 'error';
      p.textContent = v.ok
        ? t('审计链完整（intact）：已校验 ', 'The chain is intact: checked ') + v.eventsChecked + t(' 条事件、', ' events and ') + v.checkpointsChecked + t(' 个检查点。', ' checkpoints.')
        : t('审计链已被破坏：', 'The chain is broken: ') + v.break.message;
      out.appendChild(p);
      if (!v.ok) {
        var d = document.createElement('p');
        d.id = 'verify-break';
        d.textContent = t('第一处断点：位置 ', 'First break: position ') + v.break.position + t('，事件序号 ', ', event seq ') + v.break.seq + ' (' + v.break.kind + ')';
        out.appendChild(d);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('audit-form');
    if (!form) { return; }
    form.addEventListener('submit', function (e) { e.preventDefault(); search(form, false); });
    document.getElementById('audit-more').addEventListener('click', function () { search(form, true); });
    document.getElementById('verify-run').addEventListener('click', verify);
    search(form, false);
  });
})();
