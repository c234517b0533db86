// Zhongyuan administrators' console: users, roles and departments (/console/admin) and the platform dashboard
// (/console/admin/dashboard), through the JSON APIs with zy.api. The APIs enforce three-role separation; their
// refusals are shown as they come (zy.message gives the problem's title and field messages in the page language).
(function () {
  'use strict';
  var en = document.documentElement.lang === 'en';
  var t = window.zy.t;
  var departments = {};

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function say(text, error) {
    var box = document.getElementById('admin-message');
    box.textContent = text;
    box.className = error ? 'notice error' : 'notice';
    box.setAttribute('role', error ? 'alert' : 'status');
    box.hidden = false;
  }

  function option(select, value, text) { select.appendChild(el('option', text, { value: value })); }

  function loadRoles() {
    return window.zy.api('GET', '/api/v1/roles').then(function (r) {
      if (!r.ok) { return; }
      Array.prototype.forEach.call(document.querySelectorAll('.role-select'), function (s) {
        if (s.getAttribute('data-any')) { option(s, '', s.getAttribute('data-any')); }
        r.body.forEach(function (role) { option(s, role.role, role.label); });
      });
      window.zyRoles = r.body;
    });
  }

  function loadDepartments() {
    return window.zy.api('GET', '/api/v1/departments').then(function (r) {
      if (!r.ok) { say(window.zy.message(r), true); return; }
      var body = document.querySelector('#department-table tbody');
      body.textContent = '';
      r.body.forEach(function (d) {
        departments[d.id] = d.name;
        var tr = body.insertRow();
        tr.insertCell().textContent = d.id;
        var th = el('th', d.name, { scope: 'row' }); tr.appendChild(th);
        [d.shortName, d.level, d.regionCode, d.creditCode].forEach(function (v) { tr.insertCell().textContent = v; });
      });
      Array.prototype.forEach.call(document.querySelectorAll('.department-select'), function (s) {
        s.textContent = '';
        option(s, '', s.getAttribute('data-none'));
        r.body.forEach(function (d) { option(s, d.id, d.name); });
      });
    });
  }

  function action(label, handler) {
    var b = el('button', label, { type: 'button', 'class': 'link' });
    b.addEventListener('click', handler);
    return b;
  }

  function userActions(cell, u, system) {
    if (system) {
      cell.appendChild(action(u.disabled ? t('启用', 'Enable') : t('停用', 'Disable'), function () {
        call('POST', '/api/v1/users/' + u.id + (u.disabled ? '/enable' : '/disable'), null, u.disabled ? t('已启用 ', 'Enabled ') + u.username : t('已停用 ', 'Disabled ') + u.username);
      }));
    } else {
      var select = el('select', null, { 'aria-label': t('新角色：', 'New role: ') + u.username });
      (window.zyRoles || []).forEach(function (role) { option(select, role.role, role.label); });
      select.value = u.role;
      cell.appendChild(select);
      cell.appendChild(action(t('变更角色', 'Change role'), function () {
        call('PUT', '/api/v1/users/' + u.id + '/role', { role: select.value, departmentId: u.departmentId }, t('已变更角色：', 'Role changed: ') + u.username);
      }));
    }
    cell.appendChild(action(t('重置密码', 'Reset password'), function () {
      window.zy.api('POST', '/api/v1/users/' + u.id + '/password-reset').then(function (r) {
        if (!r.ok) { say(window.zy.message(r), true); return; }
        say(t('新的一次性密码（请安全转交，首次登录须修改）：', 'New one-time password (hand it over safely; it must be changed at first sign-in): ') + r.body.initialPassword);
      });
    }));
  }

  function call(method, url, body, done) {
    window.zy.api(method, url, body).then(function (r) {
      if (!r.ok) { say(window.zy.message(r), true); return; }
      say(done);
      loadUsers();
    });
  }

  function loadUsers() {
    var form = document.getElementById('user-filter');
    var query = new URLSearchParams({ limit: '100' });
    ['q', 'role', 'disabled'].forEach(function (k) { if (form[k].value) { query.set(k, form[k].value); } });
    var system = !!document.getElementById('user-create');
    return window.zy.api('GET', '/api/v1/users?' + query.toString()).then(function (r) {
      if (!r.ok) { say(window.zy.message(r), true); return; }
      var body = document.querySelector('#user-table tbody');
      body.textContent = '';
      r.body.items.forEach(function (u) {
        var tr = body.insertRow();
        tr.setAttribute('data-username', u.username);
        tr.appendChild(el('th', u.username, { scope: 'row' }));
        tr.insertCell().textContent = u.displayName;
        tr.insertCell().textContent = u.roleLabel;
        tr.insertCell().textContent = u.departmentId ? (departments[u.departmentId] || u.departmentId) : '—';
        tr.insertCell().textContent = u.disabled ? t('停用', 'Disabled') : t('启用', 'Active');
        userActions(tr.insertCell(), u, system);
      });
    });
  }

  function createUser(form) {
    var result = document.getElementById('new-user-result');
    var body = { username: form.username.value.trim(), displayName: form.displayName.value.trim(), role: form.role.value,
      departmentId: form.departmentId.value ? Number(form.departmentId.value) : null };
    window.zy.api('POST', '/api/v1/users', body).then(function (r) {
      if (!r.ok) { result.textContent = window.zy.message(r); result.className = 'error'; result.setAttribute('role', 'alert'); return; }
      result.className = '';
      result.setAttribute('role', 'status');
      result.textContent = t('已创建用户 ', 'Created ') + r.body.user.username + t('，一次性初始密码：', '; one-time initial password: ') + r.body.initialPassword;
      form.reset();
      loadUsers();
    });
  }

  function createDepartment(form) {
    var body = { name: form.name.value.trim(), shortName: form.shortName.value.trim(), creditCode: form.creditCode.value.trim(),
      regionCode: form.regionCode.value.trim(), level: form.level.value, parentId: null };
    window.zy.api('POST', '/api/v1/departments', body).then(function (r) {
      if (!r.ok) { say(window.zy.message(r), true); return; }
      say(t('已新增部门：', 'Department added: ') + r.body.name);
      form.reset();
      loadDepartments();
    });
  }

  function console_() {
    loadRoles().then(loadDepartments).then(loadUsers);
    document.getElementById('user-filter').addEventListener('submit', function (e) { e.preventDefault(); loadUsers(); });
    var create = document.getElementById('user-create');
    if (create) { create.addEventListener('submit', function (e) { e.preventDefault(); createUser(create); }); }
    var dept = document.getElementById('department-create');
    if (dept) { dept.addEventListener('submit', function (e) { e.preventDefault(); createDepartment(dept); }); }
  }

  // Dashboard: lists of share requests and tickets, and the quality league tables as bar charts with tables.
  function list(box) {
    window.zy.api('GET', box.getAttribute('data-url')).then(function (r) {
      box.textContent = '';
      if (!r.ok) { box.appendChild(el('p', window.zy.message(r), { 'class': 'error' })); return; }
      document.getElementById(box.id + '-total').textContent = String(r.body.total);
      if (r.body.items.length === 0) { box.appendChild(el('p', t('没有。', 'None.'))); return; }
      var ul = el('ul');
      r.body.items.forEach(function (i) {
        var li = el('li');
        li.appendChild(el('a', i.resourceName || i.resourceCode, { href: '/resources/' + encodeURIComponent(i.resourceCode) }));
        var deadline = i.deadline ? t('　期限 ', ' · due ') + String(i.deadline).slice(0, 10) : '';
        li.appendChild(document.createTextNode(' · ' + (i.requesterName || i.providerName || '') + deadline));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
  }

  function league(box) {
    window.zy.api('GET', box.getAttribute('data-url')).then(function (r) {
      var holder = document.getElementById(box.id + '-table');
      if (!r.ok) { holder.appendChild(el('p', window.zy.message(r), { 'class': 'error' })); return; }
      var rows = r.body.filter(function (d) { return d.overall !== null && d.overall !== undefined; }).slice(0, 20);
      var table = el('table');
      var head = table.createTHead().insertRow();
      [t('名次', 'Rank'), t('部门', 'Department'), t('综合得分', 'Overall'), t('已评估资源', 'Resources assessed')].forEach(function (h) { head.appendChild(el('th', h, { scope: 'col' })); });
      var body = table.createTBody();
      rows.forEach(function (d) {
        var tr = body.insertRow();
        tr.insertCell().textContent = d.rank;
        tr.appendChild(el('th', d.name, { scope: 'row' }));
        tr.insertCell().textContent = d.overall.toFixed(1);
        tr.insertCell().textContent = d.resourcesAssessed;
      });
      holder.appendChild(rows.length ? table : el('p', t('尚无评估结果。', 'No assessments yet.')));
      if (!window.echarts || rows.length === 0) { return; }
      box.hidden = false;
      box.style.height = (80 + rows.length * 32) + 'px';
      var chart = window.echarts.init(box, null, { renderer: 'canvas' });
      var ordered = rows.slice().reverse();
      chart.setOption({
        tooltip: { trigger: 'axis' }, grid: { left: 160, right: 30, top: 10, bottom: 30 },
        xAxis: { type: 'value', min: 0, max: 100 },
        yAxis: { type: 'category', data: ordered.map(function (d) { return d.name; }), axisLabel: { width: 150, overflow: 'truncate' } },
        series: [{ type: 'bar', barMaxWidth: 24, name: t('综合得分', 'Overall'), data: ordered.map(function (d) { return Math.round(d.overall * 10) / 10; }) }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.getElementById('user-table')) { console_(); }
    Array.prototype.forEach.call(document.querySelectorAll('.api-list'), list);
    Array.prototype.forEach.call(document.querySelectorAll('.league'), league);
  });
})();
