// Department console: correction tickets of the department's resources. Accept names the data version with the fix;
// reject needs a reason. Both go to the ticket API, which checks that the caller is a steward of the provider.
(function () {
  'use strict';
  var en = window.zy.lang === 'en';
  var t = window.zy.t, byId = window.zy.byId, esc = window.zy.esc, day = window.zy.day;

  function load() {
    var box = byId('tickets');
    var status = byId('ticket-status').value;
    var url = '/api/v1/tickets?limit=200&department=' + encodeURIComponent(box.getAttribute('data-department')) + (status ? '&status=' + status : '');
    window.zy.api('GET', url).then(function (r) {
      if (!r.ok) { var e = byId('tickets-error'); e.textContent = window.zy.message(r); e.hidden = false; return; }
      var items = r.body.items;
      if (items.length === 0) { box.innerHTML = '<p id="tickets-empty">' + t('没有纠错单。', 'No tickets.') + '</p>'; return; }
      box.innerHTML = '<table id="tickets-table"><thead><tr>' + [t('编号', 'No.'), t('资源', 'Resource'), t('问题', 'Problem'), t('状态', 'Status'),
        t('期限', 'Deadline'), t('处理', 'Answer')].map(function (h) { return '<th scope="col">' + h + '</th>'; }).join('') + '</tr></thead><tbody>'
        + items.map(row).join('') + '</tbody></table>';
      items.filter(function (k) { return k.status === 'open'; }).forEach(wire);
    });
  }

  function row(k) {
    var problem = (k.item ? '<strong>' + esc(k.item) + '</strong>：' : '') + esc(k.reason)
      + (k.proposedValue ? '<br><small>' + t('建议值：', 'Proposed: ') + esc(k.proposedValue) + '</small>' : '')
      + (k.seenVersion ? '<br><small>' + t('发现于第 ', 'seen in version ') + k.seenVersion + t(' 版', '') + (k.rowId ? t('，第 ', ', row ') + k.rowId + t(' 行', '') : '') + '</small>' : '');
    var answer = k.status === 'open' ? form(k)
      : esc(k.fixedInVersion ? t('已在第 ' + k.fixedInVersion + ' 版更正', 'fixed in version ' + k.fixedInVersion) : (k.rejectionReason || ''));
    return '<tr id="ticket-' + k.id + '"' + (k.overdue ? ' class="overdue"' : '') + '><th scope="row">' + k.id + '</th><td>' + esc(k.resourceName)
      + '<br><small>' + esc(k.resourceCode) + '</small></td><td>' + problem + '</td><td class="status">' + esc(k.statusLabel)
      + (k.overdue ? ' <strong>' + t('已逾期', 'overdue') + '</strong>' : '') + '</td><td>' + day(k.deadline) + '</td><td>' + answer + '</td></tr>';
  }

  function form(k) {
    var id = k.id;
    return '<details><summary>' + t('处理', 'Answer') + '</summary>'
      + '<label for="fixed-' + id + '">' + t('更正后的数据版本', 'Data version with the fix') + '</label><input id="fixed-' + id + '" inputmode="numeric" size="4">'
      + '<label for="accept-note-' + id + '">' + t('说明（可选）', 'Note (optional)') + '</label><input id="accept-note-' + id + '">'
      + '<button type="button" id="accept-' + id + '">' + t('采纳', 'Accept') + '</button>'
      + '<label for="reject-reason-' + id + '">' + t('驳回理由', 'Reason to reject') + '</label><textarea rows="2" id="reject-reason-' + id + '"></textarea>'
      + '<button type="button" class="danger" id="reject-' + id + '">' + t('驳回', 'Reject') + '</button>'
      + '<p class="error" id="ticket-error-' + id + '" role="alert" hidden></p></details>';
  }

  function wire(k) {
    var id = k.id;
    byId('accept-' + id).addEventListener('click', function () {
      var v = byId('fixed-' + id).value.trim();
      answer(id, 'accept', { fixedInVersion: v === '' ? null : parseInt(v, 10), note: byId('accept-note-' + id).value.trim() || null });
    });
    byId('reject-' + id).addEventListener('click', function () {
      answer(id, 'reject', { reason: byId('reject-reason-' + id).value.trim() });
    });
  }

  function answer(id, what, body) {
    window.zy.api('POST', '/api/v1/tickets/' + id + '/' + what, body).then(function (r) {
      if (!r.ok) { var e = byId('ticket-error-' + id); e.textContent = window.zy.message(r); e.hidden = false; return; }
      load();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!byId('tickets')) { return; }
    byId('ticket-status').addEventListener('change', load);
    load();
  });
})();
