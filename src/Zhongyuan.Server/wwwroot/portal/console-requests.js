// Department console: share requests. On /console/requests: the requests to the department's resources (stewards
// approve, possibly narrowing items, rows and period, or refuse with a reason), the department's own requests and its
// grants. On /console/requests/new: the request form, with an inline registration of an application.
(function () {
  'use strict';
  var en = window.zy.lang === 'en';
  var t = window.zy.t, byId = window.zy.byId, esc = window.zy.esc, day = window.zy.day;
  // A date input's day as the start of that day in China time.
  function dateValue(text) { return text ? text + 'T00:00:00+08:00' : null; }
  var STATUS = { pending: ['待审核', 'Pending'], approved: ['已批准', 'Approved'], refused: ['已拒绝', 'Refused'],
    active: ['有效', 'Active'], suspended: ['已暂停', 'Suspended'], revoked: ['已撤销', 'Revoked'] };
  function status(s) { var l = STATUS[s]; return l ? t(l[0], l[1]) : s; }
  function head(cols) { return '<thead><tr>' + cols.map(function (c) { return '<th scope="col">' + c + '</th>'; }).join('') + '</tr></thead>'; }
  function showError(id, result) { var box = byId(id); box.textContent = window.zy.message(result); box.hidden = false; }

  // ---- /console/requests ----

  function incoming() {
    var box = byId('incoming');
    window.zy.api('GET', '/api/v1/share-requests?role=provider&limit=100').then(function (r) {
      if (!r.ok) { showError('requests-error', r); return; }
      var now = Date.now();
      var items = r.body.items;
      if (items.length === 0) { box.innerHTML = '<p>' + t('没有申请。', 'No requests.') + '</p>'; return; }
      box.innerHTML = '<table id="incoming-table">' + head([t('编号', 'No.'), t('资源', 'Resource'), t('申请应用', 'Application'), t('用途', 'Purpose'),
        t('状态', 'Status'), t('答复期限', 'Deadline'), t('处理', 'Decision')]) + '<tbody>' + items.map(function (q) {
        var late = q.status === 'pending' && q.deadline && new Date(q.deadline).getTime() < now;
        return '<tr id="request-' + q.id + '"' + (late ? ' class="overdue"' : '') + '><th scope="row">' + q.id + '</th><td>' + esc(q.resourceName)
          + '<br><small>' + esc(q.resourceCode) + '</small></td><td>' + esc(q.applicationName) + '</td><td>' + esc(q.purpose)
          + (q.legalBasis ? '<br><small>' + t('依据：', 'Basis: ') + esc(q.legalBasis) + '</small>' : '') + '</td><td class="status">' + status(q.status)
          + (late ? ' <strong>' + t('已逾期', 'overdue') + '</strong>' : '') + '</td><td>' + day(q.deadline) + '</td><td>'
          + (q.status === 'pending' ? decision(q) : esc(q.refusalReason || (q.grantId ? t('授权 #', 'grant #') + q.grantId : ''))) + '</td></tr>';
      }).join('') + '</tbody></table>';
      items.filter(function (q) { return q.status === 'pending'; }).forEach(wire);
    });
  }

  function decision(q) {
    var id = q.id;
    return '<details><summary>' + t('审核', 'Decide') + '</summary><fieldset class="checks"><legend>' + t('批准的信息项', 'Items granted') + '</legend>'
      + q.items.map(function (item) {
        return '<label><input type="checkbox" name="approve-items-' + id + '" value="' + esc(item) + '" checked>' + esc(item) + '</label>';
      }).join('') + '</fieldset>'
      + '<label for="approve-filter-' + id + '">' + t('进一步限定行范围（可选）', 'Narrow the rows (optional)') + '</label><input id="approve-filter-' + id + '">'
      + '<label for="approve-ends-' + id + '">' + t('授权截止日期（可选，不晚于申请）', 'Grant ends (optional, not after the request)') + '</label>'
      + '<input type="date" id="approve-ends-' + id + '">'
      + '<label for="approve-note-' + id + '">' + t('给申请方的说明（可选）', 'Note for the requester (optional)') + '</label><input id="approve-note-' + id + '">'
      + '<button type="button" id="approve-' + id + '">' + t('批准', 'Approve') + '</button>'
      + '<label for="refuse-reason-' + id + '">' + t('拒绝理由', 'Reason to refuse') + '</label><textarea rows="2" id="refuse-reason-' + id + '"></textarea>'
      + '<button type="button" id="refuse-' + id + '" class="danger">' + t('拒绝', 'Refuse') + '</button>'
      + '<p class="error" id="decision-error-' + id + '" role="alert" hidden></p></details>';
  }

  function wire(q) {
    var id = q.id;
    byId('approve-' + id).addEventListener('click', function () {
      var items = Array.prototype.filter.call(document.getElementsByName('approve-items-' + id), function (c) { return c.checked; })
        .map(function (c) { return c.value; });
      var body = { items: items, rowFilter: byId('approve-filter-' + id).value.trim() || null,
        endsAt: dateValue(byId('approve-ends-' + id).value), note: byId('approve-note-' + id).value.trim() || null };
      decide(id, 'approve', body);
    });
    byId('refuse-' + id).addEventListener('click', function () {
      decide(id, 'refuse', { reason: byId('refuse-reason-' + id).value.trim() });
    });
  }

  function decide(id, what, body) {
    window.zy.api('POST', '/api/v1/share-requests/' + id + '/' + what, body).then(function (r) {
      if (!r.ok) { showError('decision-error-' + id, r); return; }
      incoming();
      grants();
    });
  }

  function outgoing() {
    var box = byId('outgoing');
    window.zy.api('GET', '/api/v1/share-requests?role=consumer&limit=100').then(function (r) {
      if (!r.ok) { showError('requests-error', r); return; }
      var items = r.body.items;
      if (items.length === 0) { box.innerHTML = '<p>' + t('本部门还没有提出申请。', 'No requests yet.') + '</p>'; return; }
      box.innerHTML = '<table id="outgoing-table">' + head([t('编号', 'No.'), t('资源', 'Resource'), t('应用', 'Application'), t('状态', 'Status'),
        t('答复期限', 'Deadline'), t('结果', 'Outcome')]) + '<tbody>' + items.map(function (q) {
        return '<tr id="outgoing-' + q.id + '"><th scope="row">' + q.id + '</th><td>' + esc(q.resourceName) + '<br><small>' + esc(q.resourceCode)
          + '</small></td><td>' + esc(q.applicationName) + '</td><td class="status">' + status(q.status) + '</td><td>' + day(q.deadline) + '</td><td>'
          + esc(q.refusalReason || (q.grantId ? t('授权 #', 'grant #') + q.grantId : '')) + '</td></tr>';
      }).join('') + '</tbody></table>';
    });
  }

  function grants() {
    var box = byId('grants');
    window.zy.api('GET', '/api/v1/grants?limit=100').then(function (r) {
      if (!r.ok) { showError('requests-error', r); return; }
      var items = r.body.items;
      if (items.length === 0) { box.innerHTML = '<p>' + t('没有授权。', 'No grants.') + '</p>'; return; }
      var mine = byId('requests').getAttribute('data-department');
      box.innerHTML = '<table id="grants-table">' + head([t('编号', 'No.'), t('资源', 'Resource'), t('方向', 'Side'), t('信息项', 'Items'),
        t('行范围', 'Rows'), t('期限', 'Period'), t('状态', 'Status')]) + '<tbody>' + items.map(function (g) {
        var side = String(g.consumerDepartmentId) === mine ? t('本部门使用', 'we consume') : t('本部门提供', 'we provide');
        return '<tr id="grant-' + g.id + '"><th scope="row">' + g.id + '</th><td>' + esc(g.resourceCode) + '</td><td>' + side + '</td><td>'
          + esc(g.items.join(t('、', ', '))) + '</td><td>' + esc(g.rowFilter || t('全部', 'all')) + '</td><td>' + day(g.startsAt) + ' – ' + day(g.endsAt)
          + '</td><td class="status">' + status(g.status) + '</td></tr>';
      }).join('') + '</tbody></table>';
    });
  }

  // ---- /console/requests/new ----

  function applications(select, chosen) {
    return window.zy.api('GET', '/api/v1/applications').then(function (r) {
      var apps = r.ok ? (Array.isArray(r.body) ? r.body : r.body.items || []) : [];
      select.innerHTML = apps.length === 0
        ? '<option value="">' + t('本部门还没有应用，请先登记', 'No application yet: register one') + '</option>'
        : apps.map(function (a) { return '<option value="' + a.id + '">' + esc(a.name) + '</option>'; }).join('');
      if (chosen) { select.value = String(chosen); }
      byId('new-application').open = apps.length === 0;
    });
  }

  function createApplication(select) {
    var note = byId('e-applicationId');
    note.textContent = '';
    note.classList.remove('invalid');
    var body = { name: byId('app-name').value.trim(), description: byId('app-description').value.trim() || null };
    window.zy.api('POST', '/api/v1/applications', body).then(function (r) {
      if (!r.ok) { note.textContent = window.zy.message(r); note.classList.add('invalid'); return; }
      applications(select, r.body.id).then(function () { byId('new-application').open = false; note.textContent = t('已登记应用。', 'Registered.'); });
    });
  }

  function clearNotes(form) {
    form.querySelectorAll('.field-note.invalid').forEach(function (p) { p.classList.remove('invalid'); p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    byId('request-error').hidden = true;
  }

  function submitRequest(form) {
    clearNotes(form);
    var items = Array.prototype.filter.call(form.querySelectorAll('input[name="items"]'), function (c) { return c.checked; }).map(function (c) { return c.value; });
    var app = parseInt(form.elements.applicationId.value, 10);
    var body = {
      applicationId: isNaN(app) ? 0 : app, purpose: form.elements.purpose.value.trim(), legalBasis: form.elements.legalBasis.value.trim() || null,
      items: items, rowFilter: form.elements.rowFilter.value.trim() || null, startsAt: dateValue(form.elements.startsAt.value),
      endsAt: dateValue(form.elements.endsAt.value), expectedVolume: form.elements.expectedVolume.value.trim() || null, complex: form.elements.complex.checked
    };
    var code = form.getAttribute('data-code');
    window.zy.api('POST', '/api/v1/resources/' + encodeURIComponent(code) + '/share-requests', body).then(function (r) {
      if (!r.ok) {
        var errors = r.body && Array.isArray(r.body.errors) ? r.body.errors : [];
        var rest = errors.filter(function (e) {
          var note = byId('e-' + e.field);
          if (!note) { return true; }
          note.textContent = e.message;
          note.classList.add('invalid');
          var field = byId('f-' + e.field);
          if (field) { field.setAttribute('aria-invalid', 'true'); }
          return false;
        });
        var box = byId('request-error');
        box.textContent = errors.length === 0 || rest.length > 0 ? window.zy.message(r) : (r.body.title || '');
        box.hidden = false;
        (form.querySelector('[aria-invalid="true"]') || box).focus();
        return;
      }
      form.hidden = true;
      var done = byId('request-done');
      var q = r.body;
      done.innerHTML = '<p class="ok" id="request-created">' + (q.status === 'approved'
        ? t('无条件共享资源，已自动授权。', 'An unconditionally shared resource: granted at once.')
        : t('申请已提交（编号 ' + q.id + '），提供方应在 ' + day(q.deadline) + ' 前答复。', 'Request ' + q.id + ' filed; the provider answers by ' + day(q.deadline) + '.'))
        + '</p><p><a href="/console/requests">' + t('查看本部门的申请', 'See our requests') + '</a></p>';
      done.hidden = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var page = byId('requests');
    if (page) {
      if (page.getAttribute('data-steward') === 'true') { incoming(); }
      outgoing();
      grants();
    }
    var form = byId('request-form');
    if (form) {
      var select = form.elements.applicationId;
      applications(select);
      byId('app-create').addEventListener('click', function () { createApplication(select); });
      form.addEventListener('submit', function (e) { e.preventDefault(); submitRequest(form); });
    }
  });
})();
