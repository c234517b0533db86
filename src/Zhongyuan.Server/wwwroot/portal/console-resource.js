// Department console: the resource form (register, edit) and the lifecycle buttons (submit, publish). The form posts
// to the catalog API; each field error of the answer is shown next to the field it names (errors[].field, e.g.
// "name" or "items[2].length"); an error naming no field on the page is shown above the form.
(function () {
  'use strict';
  var en = window.zy.lang === 'en';
  var t = window.zy.t, byId = window.zy.byId;
  function list(text) { return (text || '').split(/[,，、;；]/).map(function (s) { return s.trim(); }).filter(Boolean); }


  function addRow(item) {
    var body = byId('items-body');
    var row = byId('item-row').content.firstElementChild.cloneNode(true);
    item = item || {};
    row.querySelectorAll('[data-item]').forEach(function (input) {
      var f = input.getAttribute('data-item');
      if (f === 'isKey') { input.checked = !!item.isKey; return; }
      if (item[f] !== undefined && item[f] !== null) { input.value = String(item[f]); }
    });
    if (item.rules) { row.setAttribute('data-rules', JSON.stringify(item.rules)); }
    row.querySelector('.item-remove').addEventListener('click', function () {
      var next = row.nextElementSibling;
      if (next && next.classList.contains('item-error')) { next.remove(); }
      row.remove();
    });
    body.appendChild(row);
    return row;
  }

  function readItem(row) {
    var item = {};
    row.querySelectorAll('[data-item]').forEach(function (input) {
      var f = input.getAttribute('data-item');
      if (f === 'isKey') { item.isKey = input.checked; return; }
      var v = input.value.trim();
      if (f === 'length' || f === 'dataElement') {
        if (v === '') { item[f] = null; return; }
        item[f] = f === 'length' && /^\d+$/.test(v) ? parseInt(v, 10) : v;
        return;
      }
      item[f] = v;
    });
    var rules = row.getAttribute('data-rules');
    if (rules) { item.rules = JSON.parse(rules); }
    return item;
  }

  function checked(form, name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (c) { return c.checked; })
      .map(function (c) { return c.value; });
  }

  function value(form, name) { var el = form.elements[name]; return el ? el.value.trim() : ''; }
  function orNull(text) { return text === '' ? null : text; }

  function read(form, original) {
    var m = {
      classification: value(form, 'classification'),
      name: value(form, 'name'),
      abstract: value(form, 'abstract'),
      format: value(form, 'format'),
      updateCycle: value(form, 'updateCycle'),
      grade: value(form, 'grade'),
      regionCode: value(form, 'regionCode'),
      themes: checked(form, 'themes'),
      tags: list(value(form, 'tags')),
      relatedCodes: list(value(form, 'relatedCodes')),
      shareType: value(form, 'shareType'),
      shareConditions: orNull(value(form, 'shareConditions')),
      shareBasis: orNull(value(form, 'shareBasis')),
      shareMethods: checked(form, 'shareMethods'),
      openType: value(form, 'openType'),
      openConditions: orNull(value(form, 'openConditions')),
      items: Array.prototype.map.call(byId('items-body').querySelectorAll('tr.item'), readItem)
    };
    // Fields without inputs (cross-field quality rules) stay as they were.
    if (original && original.qualityRules) { m.qualityRules = original.qualityRules; }
    return m;
  }

  function fill(form, m) {
    ['classification', 'name', 'abstract', 'format', 'updateCycle', 'grade', 'regionCode', 'shareType', 'shareConditions',
      'shareBasis', 'openType', 'openConditions'].forEach(function (f) {
      if (form.elements[f] && m[f] !== undefined && m[f] !== null) { form.elements[f].value = m[f]; }
    });
    form.elements.tags.value = (m.tags || []).join(', ');
    form.elements.relatedCodes.value = (m.relatedCodes || []).join(', ');
    ['themes', 'shareMethods'].forEach(function (name) {
      var chosen = m[name] || [];
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (c) { c.checked = chosen.indexOf(c.value) >= 0; });
    });
    (m.items || []).forEach(addRow);
  }

  function clearErrors(form) {
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    form.querySelectorAll('.field-note.invalid').forEach(function (p) {
      p.classList.remove('invalid');
      p.textContent = p.getAttribute('data-hint') || '';
    });
    form.querySelectorAll('tr.item-error').forEach(function (r) { r.remove(); });
    byId('form-error').hidden = true;
    byId('form-ok').hidden = true;
  }

  // Shows one field error where it belongs; answers false when no element on the page names that field.
  function place(form, field, message) {
    var m = /^items\[(\d+)\]\.?(\w*)$/.exec(field);
    if (m) {
      var row = byId('items-body').querySelectorAll('tr.item')[parseInt(m[1], 10)];
      if (!row) { return false; }
      var input = row.querySelector('[data-item="' + (m[2] || 'name') + '"]') || row.querySelector('[data-item="name"]');
      input.setAttribute('aria-invalid', 'true');
      var next = row.nextElementSibling;
      if (!next || !next.classList.contains('item-error')) {
        next = document.createElement('tr');
        next.className = 'item-error';
        next.innerHTML = '<td colspan="9" class="field-note invalid" role="alert"></td>';
        row.parentNode.insertBefore(next, row.nextSibling);
      }
      var cell = next.firstElementChild;
      cell.textContent = (cell.textContent ? cell.textContent + '；' : '') + message;
      return true;
    }
    var note = byId('e-' + field);
    if (!note) { return false; }
    if (!note.classList.contains('invalid')) { note.textContent = ''; note.classList.add('invalid'); }
    note.textContent = (note.textContent ? note.textContent + '；' : '') + message;
    var target = byId('f-' + field);
    if (target) { target.setAttribute('aria-invalid', 'true'); }
    return true;
  }

  function showProblem(form, result) {
    var errors = result.body && Array.isArray(result.body.errors) ? result.body.errors : [];
    var unplaced = errors.filter(function (e) { return !place(form, e.field, e.message); });
    var box = byId('form-error');
    box.textContent = errors.length === 0 ? window.zy.message(result)
      : (result.body.title || '') + (unplaced.length ? '：' + unplaced.map(function (e) { return e.field + ' ' + e.message; }).join('；') : '');
    box.hidden = false;
    var first = form.querySelector('[aria-invalid="true"]');
    (first || box).focus();
  }

  function save(form, original) {
    clearErrors(form);
    var code = form.getAttribute('data-code');
    var metadata = read(form, original);
    var call = code
      ? window.zy.api('PUT', '/api/v1/resources/' + encodeURIComponent(code), metadata)
      : window.zy.api('POST', '/api/v1/resources', { providerId: parseInt(form.getAttribute('data-department'), 10), metadata: metadata });
    call.then(function (r) {
      if (!r.ok) { showProblem(form, r); return; }
      if (!code) { window.location.href = '/console/resources/' + encodeURIComponent(r.body.code) + '/edit?saved=1'; return; }
      var ok = byId('form-ok');
      ok.textContent = t('已保存。', 'Saved.');
      ok.hidden = false;
    });
  }

  function lifecycle(button) {
    var code = button.getAttribute('data-code');
    var step = button.getAttribute('data-step');
    button.disabled = true;
    window.zy.api('POST', '/api/v1/resources/' + encodeURIComponent(code) + '/' + step, {}).then(function (r) {
      if (r.ok) { window.location.reload(); return; }
      button.disabled = false;
      var box = byId('lifecycle-error') || byId('form-error');
      box.textContent = window.zy.message(r);
      box.hidden = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button.lifecycle').forEach(function (b) {
      b.addEventListener('click', function () { lifecycle(b); });
    });
    var form = byId('resource-form');
    if (!form) { return; }
    var json = form.getAttribute('data-metadata');
    var original = json ? JSON.parse(json) : null;
    if (original) { fill(form, original); } else { addRow(); }
    if (/[?&]saved=1/.test(window.location.search)) {
      var ok = byId('form-ok');
      ok.textContent = t('已登记为草稿。检查无误后可提交发布。', 'Registered as a draft. Submit it for publication when it is ready.');
      ok.hidden = false;
    }
    byId('item-add').addEventListener('click', function () { addRow().querySelector('[data-item="name"]').focus(); });
    form.addEventListener('submit', function (e) { e.preventDefault(); save(form, original); });
  });
})();
