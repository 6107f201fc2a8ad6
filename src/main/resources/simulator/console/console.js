// The simulator's web console. Everything it shows comes from the admin API and much of it was
// written by whoever sent a request (paths, bodies, session names): it is set as text only
// (textContent), never as markup, and the page's Content-Security-Policy runs this file alone.
'use strict';

(function () {
  const ADMIN = '/__admin/numbers';
  const KEY_STORE = 'numbers-admin-key';
  const POLL_MS = 1000;
  const MAX_ROWS = 1000;
  const STATE_PAGE = 50;

  const $ = (id) => document.getElementById(id);
  const logBody = document.querySelector('#log tbody');
  const stateBody = document.querySelector('#state tbody');

  let lastId = 0;
  let paused = false;
  let shownSession = null; // null: the shared space
  let stateNumbers = [];
  let knownSessions = new Set();
  let statePage = 0;

  /** An element with a class and text, the only way this page puts data on screen. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  class AdminError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** Calls the admin API, with the key when this tab has one. */
  async function admin(method, path, body) {
    const headers = { Accept: 'application/json' };
    const key = sessionStorage.getItem(KEY_STORE);
    if (key) headers.Authorization = 'Bearer ' + key;
    const init = { method, headers, cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(ADMIN + path, init);
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (response.status === 401) {
      $('key-form').hidden = false;
      throw new AdminError(401, key ? 'the admin key was not accepted' : 'the admin API needs its key');
    }
    if (!response.ok) {
      const message = json && json.error && json.error.message ? json.error.message : 'HTTP ' + response.status;
      throw new AdminError(response.status, message);
    }
    $('key-form').hidden = true;
    return json;
  }

  let noticeTimer = null;
  function notice(text, kind) {
    const box = $('notice');
    box.textContent = text;
    box.className = 'notice ' + (kind || 'info');
    box.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { box.hidden = true; }, kind === 'error' ? 8000 : 3000);
  }

  function failed(error) {
    if (error.status !== 401) notice(error.message, 'error'); // a 401 opens the key bar instead
  }

  // ---- the request log ----

  function statusClass(status) {
    if (status >= 500) return 'st st5';
    if (status >= 400) return 'st st4';
    if (status >= 300) return 'st st3';
    if (status === 0) return 'st st0';
    return 'st st2';
  }

  function timeOf(at) {
    const date = new Date(at);
    return isNaN(date) ? '' : date.toLocaleTimeString([], { hour12: false });
  }

  function bodyBlock(title, part) {
    const box = el('div', 'body-block');
    const head = el('div', 'body-title', title);
    if (part && part.contentType) head.appendChild(el('span', 'muted', ' ' + part.contentType));
    if (part && part.bodyTruncated) head.appendChild(el('span', 'pill warn', 'cut'));
    box.appendChild(head);
    box.appendChild(el('pre', 'body', part && part.body ? pretty(part.body, part.contentType) : '(no body)'));
    return box;
  }

  function pretty(body, contentType) {
    if (contentType && contentType.indexOf('json') >= 0) {
      try { return JSON.stringify(JSON.parse(body), null, 2); } catch (e) { return body; }
    }
    return body;
  }

  function addEntry(entry) {
    const row = el('tr', 'entry');
    row.dataset.id = entry.id;
    row.dataset.status = entry.status;
    row.dataset.search = [entry.method, entry.url, entry.status, entry.session || ''].join(' ').toLowerCase();
    row.appendChild(el('td', 'muted', timeOf(entry.at)));
    row.appendChild(el('td', 'method m-' + String(entry.method).toLowerCase(), entry.method));
    row.appendChild(el('td', 'path', entry.url));
    const session = el('td');
    session.appendChild(entry.session ? el('span', 'chip', entry.session) : el('span', 'muted', '–'));
    row.appendChild(session);
    const status = el('td');
    status.appendChild(el('span', statusClass(entry.status), entry.status === 0 ? 'no answer' : entry.status));
    row.appendChild(status);
    row.appendChild(el('td', 'num muted', entry.millis === null || entry.millis === undefined ? '' : entry.millis));

    const detail = el('tr', 'detail');
    const cell = el('td');
    cell.colSpan = 6;
    const violations = entry.violations || [];
    if (violations.length) {
      const list = el('ul', 'violations');
      for (const v of violations) {
        const item = el('li', 'violation');
        item.appendChild(el('code', 'pointer', v.pointer || '/'));
        item.appendChild(el('span', null, ' ' + v.message));
        list.appendChild(item);
      }
      cell.appendChild(list);
    }
    const bodies = el('div', 'bodies');
    bodies.hidden = true;
    bodies.appendChild(bodyBlock('request', entry.request));
    bodies.appendChild(bodyBlock('response', entry.response));
    cell.appendChild(bodies);
    detail.appendChild(cell);
    detail.hidden = !violations.length;
    row.addEventListener('click', () => {
      bodies.hidden = !bodies.hidden;
      detail.hidden = bodies.hidden && !violations.length;
      row.classList.toggle('open', !bodies.hidden);
    });
    // newest first
    logBody.insertBefore(detail, logBody.firstChild);
    logBody.insertBefore(row, detail);
    applyFilter(row, detail);
    while (logBody.rows.length > MAX_ROWS * 2) {
      logBody.removeChild(logBody.lastChild);
      logBody.removeChild(logBody.lastChild);
    }
  }

  function applyFilter(row, detail) {
    const words = $('filter').value.trim().toLowerCase();
    const errorsOnly = $('errors-only').checked;
    const visible = (!words || row.dataset.search.indexOf(words) >= 0)
      && (!errorsOnly || Number(row.dataset.status) >= 400 || Number(row.dataset.status) === 0);
    row.hidden = !visible;
    detail.classList.toggle('filtered', !visible);
  }

  function refilter() {
    for (const row of logBody.querySelectorAll('tr.entry')) applyFilter(row, row.nextSibling);
  }

  function showEmpty() {
    $('log-empty').hidden = logBody.rows.length > 0;
  }

  async function poll() {
    if (paused) return;
    try {
      const json = await admin('GET', '/requests?since=' + lastId);
      let newSession = false;
      let stateChanged = false;
      for (const entry of json.requests) {
        if (entry.id > lastId) {
          addEntry(entry);
          lastId = entry.id;
          newSession = newSession || (entry.session !== null && !knownSessions.has(entry.session));
          stateChanged = stateChanged || (entry.method !== 'GET' && entry.status < 300
              && (entry.session === null ? shownSession === null : entry.session === shownSession));
        }
      }
      if (newSession) loadSessions().catch(failed);
      if (stateChanged) reloadStateSoon();
      showEmpty();
      live('live', 'live');
    } catch (error) {
      live(error.status === 401 ? 'needs key' : 'offline', 'live down');
    }
  }

  function live(text, className) {
    const badge = $('live');
    badge.textContent = text;
    badge.className = className;
  }

  // ---- sessions and their numbers ----

  async function loadSessions() {
    const json = await admin('GET', '/sessions');
    knownSessions = new Set(json.sessions);
    const list = $('sessions');
    list.textContent = '';
    list.appendChild(sessionItem(null));
    for (const name of json.sessions) list.appendChild(sessionItem(name));
    if (shownSession !== null && json.sessions.indexOf(shownSession) < 0) {
      shownSession = null;
      await loadState();
    }
  }

  function sessionItem(name) {
    const item = el('li', 'session' + (name === shownSession ? ' current' : ''));
    item.dataset.session = name === null ? '' : name;
    const show = el('button', 'link', name === null ? 'shared space' : name);
    show.type = 'button';
    show.title = 'show its numbers';
    show.addEventListener('click', () => { shownSession = name; statePage = 0; loadState().then(loadSessions).catch(failed); });
    item.appendChild(show);
    const reset = el('button', 'small', 'Reset');
    reset.type = 'button';
    reset.addEventListener('click', () => act('POST', '/reset' + sessionQuery(name)));
    item.appendChild(reset);
    if (name !== null) {
      const drop = el('button', 'small danger', 'Drop');
      drop.type = 'button';
      drop.addEventListener('click', () => act('DELETE', '/sessions/' + encodeURIComponent(name)));
      item.appendChild(drop);
    }
    return item;
  }

  function sessionQuery(name) {
    return name === null ? '' : '?session=' + encodeURIComponent(name);
  }

  async function loadState() {
    $('state-name').textContent = shownSession === null ? 'the shared space' : 'session ' + shownSession;
    try {
      const json = await admin('GET', '/state' + sessionQuery(shownSession));
      stateNumbers = json.numbers || [];
    } catch (error) {
      if (error.status !== 404) throw error;
      stateNumbers = []; // a session nobody has used yet
    }
    renderState();
  }

  let stateReload = null;
  /** A write to the shown space reloads its table, once for a burst: a seeded space is megabytes. */
  function reloadStateSoon() {
    if (stateReload !== null) return;
    stateReload = setTimeout(() => {
      loadState().catch(failed).finally(() => { stateReload = null; });
    }, 1500);
  }

  function renderState() {
    const pages = Math.max(1, Math.ceil(stateNumbers.length / STATE_PAGE));
    statePage = Math.min(statePage, pages - 1);
    $('state-count').textContent = stateNumbers.length + (stateNumbers.length === 1 ? ' number' : ' numbers');
    $('state-page').textContent = 'page ' + (statePage + 1) + ' of ' + pages;
    $('state-prev').disabled = statePage === 0;
    $('state-next').disabled = statePage >= pages - 1;
    stateBody.textContent = '';
    for (const item of stateNumbers.slice(statePage * STATE_PAGE, (statePage + 1) * STATE_PAGE)) {
      const n = item.number || {};
      const row = el('tr');
      row.appendChild(el('td', 'num', n.id));
      row.appendChild(el('td', 'mono', n.number));
      row.appendChild(el('td', 'mono', n.cid));
      row.appendChild(el('td', 'mono', n.afid));
      row.appendChild(el('td', 'mono', n.sid));
      row.appendChild(el('td', null, n.toll_free ? 'yes' : 'no'));
      row.appendChild(el('td', 'greeting', greeting(n.greeting)));
      row.appendChild(el('td', 'num', (n.timers || []).length));
      row.appendChild(el('td', 'num', (n.menu_options || []).length));
      row.appendChild(el('td', 'muted', n.updated_at));
      row.appendChild(el('td', 'num muted', item.company_id));
      stateBody.appendChild(row);
    }
  }

  function greeting(g) {
    if (!g) return '';
    const text = g.message || g.message_url || g.file_url || '';
    return (g.inherited ? '(campaign) ' : '') + text;
  }

  // ---- the fault switch ----

  function showFaults(setting) {
    const on = setting.rate > 0 && (setting.status || setting.fault || setting.delay_ms > 0);
    const what = setting.status ? String(setting.status) : setting.fault ? setting.fault : 'delay';
    const pill = $('fault-current');
    pill.textContent = on
      ? what + (setting.rate < 1 ? ' · ' + Math.round(setting.rate * 100) + '%' : '') + (setting.delay_ms ? ' · +' + setting.delay_ms + ' ms' : '')
      : 'off';
    pill.className = on ? 'pill hot' : 'pill';
    if (on) {
      $('fault-kind').value = setting.status ? 'status' : (setting.fault || '');
      if (setting.status) $('fault-status').value = setting.status;
      $('fault-rate').value = setting.rate;
      $('fault-delay').value = setting.delay_ms;
    }
    $('fault-status').disabled = $('fault-kind').value !== 'status';
  }

  async function loadFaults() {
    showFaults(await admin('GET', '/faults'));
  }

  async function switchFaults(event) {
    event.preventDefault();
    const kind = $('fault-kind').value;
    const setting = {
      rate: Number($('fault-rate').value),
      status: kind === 'status' ? Number($('fault-status').value) : null,
      fault: kind && kind !== 'status' ? kind : null,
      delay_ms: Number($('fault-delay').value || 0),
    };
    try {
      showFaults(await admin('PUT', '/faults', setting));
      notice('fault switch on', 'info');
    } catch (error) {
      failed(error);
    }
  }

  // ---- actions ----

  async function act(method, path) {
    try {
      const json = await admin(method, path);
      notice(json && json.message ? json.message : 'done', 'info');
      await refreshAll();
    } catch (error) {
      failed(error);
    }
  }

  async function refreshAll() {
    await loadSessions();
    await loadState();
    await loadFaults();
  }

  function wire() {
    $('pause').addEventListener('click', () => {
      paused = !paused;
      $('pause').textContent = paused ? 'Resume' : 'Pause';
      if (paused) live('paused', 'live down');
    });
    $('clear-log').addEventListener('click', async () => {
      try {
        await admin('DELETE', '/requests');
        logBody.textContent = '';
        showEmpty();
      } catch (error) {
        failed(error);
      }
    });
    $('reset-all').addEventListener('click', async () => {
      await act('POST', '/reset?all=true');
      logBody.textContent = '';
      showEmpty();
    });
    $('sessions-refresh').addEventListener('click', () => refreshAll().catch(failed));
    $('fault-form').addEventListener('submit', switchFaults);
    $('fault-kind').addEventListener('change', () => { $('fault-status').disabled = $('fault-kind').value !== 'status'; });
    $('fault-off').addEventListener('click', async () => {
      try {
        await admin('DELETE', '/faults');
        await loadFaults();
        notice('faults off', 'info');
      } catch (error) {
        failed(error);
      }
    });
    $('filter').addEventListener('input', refilter);
    $('errors-only').addEventListener('change', refilter);
    $('state-prev').addEventListener('click', () => { statePage--; renderState(); });
    $('state-next').addEventListener('click', () => { statePage++; renderState(); });
    $('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(KEY_STORE, $('admin-key').value);
      $('admin-key').value = '';
      $('notice').hidden = true;
      start();
    });
  }

  async function start() {
    try {
      await refreshAll();
    } catch (error) {
      failed(error);
    }
    await poll();
  }

  wire();
  showEmpty();
  start();
  setInterval(poll, POLL_MS);
  // sessions appear as requests name them: keep the list current without a click
  setInterval(() => { if (!paused) loadSessions().catch(() => {}); }, 3 * POLL_MS);
})();
