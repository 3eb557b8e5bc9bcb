// The P2K2 phone page: a facilitator logs a group's session with or without a connection. What it
// keeps on the phone (the device token, the groups and their KPM, the queue of logs) is encrypted
// with AES-GCM under a key the browser generated and will not export; everything is deleted at
// sign-out. Logs are sent with the API's batch sync, idempotent by each log's own id, so sending
// again after a lost answer changes nothing. When the hour's bearer token has run out, the device
// token gets a new one: the queue is never lost to a sign-in.
'use strict';
(() => {
  const API = new URL('../api/v1/', location.href).href;
  const DB = 'slrt-p2k2';
  const STORE = 'kv';
  const STATUSES = [['HADIR', 'Hadir'], ['IZIN', 'Izin'], ['TIDAK_HADIR', 'Tidak hadir']];
  const PHOTO_TEXT = {
    menunggu: 'foto menunggu sinyal',
    terkirim: 'foto terkirim',
    ditolak: 'foto ditolak'
  };
  const STATE_TEXT = {
    menunggu: 'menunggu sinyal',
    terkirim: 'terkirim',
    konflik: 'terkirim, berbeda dengan catatan lain sesi ini: putuskan di SLRT',
    ditolak: 'ditolak'
  };
  const $ = (id) => document.getElementById(id);

  let key = null; // the AES-GCM key, never exported
  let session = null; // {username, name, tenant, deviceToken}
  let reference = null; // {groups, members: {group: [kpm]}, modules}
  let queue = [];
  let accessToken = null;
  let syncing = false;

  // --- storage: IndexedDB, values encrypted ---
  function openDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function raw(mode, work) {
    const db = await openDb();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const result = work(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }

  async function cryptoKey() {
    let k = await raw('readonly', (s) => s.get('key'));
    if (!k) {
      k = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      await raw('readwrite', (s) => s.put(k, 'key'));
    }
    return k;
  }

  async function save(name, value) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
    await raw('readwrite', (s) => s.put({ iv, data }, name));
  }

  async function load(name) {
    const sealed = await raw('readonly', (s) => s.get(name));
    if (!sealed) {
      return null;
    }
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    return JSON.parse(new TextDecoder().decode(plain));
  }

  // a photo's bytes, encrypted as they are (no JSON), under its log's id
  async function saveBytes(name, buffer) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, buffer);
    await raw('readwrite', (s) => s.put({ iv, data }, name));
  }

  async function loadBytes(name) {
    const sealed = await raw('readonly', (s) => s.get(name));
    return sealed ? crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data) : null;
  }

  function remove(name) {
    return raw('readwrite', (s) => s.delete(name));
  }

  // the sheet's photo, at most 1600 pixels on its longer side, as JPEG: a few hundred kilobytes
  async function shrink(file) {
    try {
      const bitmap = await createImageBitmap(file);
      const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.75));
      return { bytes: await blob.arrayBuffer(), type: 'image/jpeg' };
    } catch (e) {
      // a picture this browser cannot draw: kept as it is, the server says if it takes it
      return { bytes: await file.arrayBuffer(), type: file.type || 'application/octet-stream' };
    }
  }

  function wipe() {
    return new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(DB);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }

  // --- the API ---
  async function post(path, body, bearer) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (bearer) {
      headers.Authorization = 'Bearer ' + bearer;
    }
    return fetch(API + path, { method: 'POST', headers, body: JSON.stringify(body) });
  }

  async function renew() {
    const r = await post('auth/token', { deviceToken: session.deviceToken });
    if (r.status === 401) {
      accessToken = null;
      throw new Error('device');
    }
    if (!r.ok) {
      throw new Error('server');
    }
    accessToken = (await r.json()).access_token;
    return accessToken;
  }

  async function call(method, path, body, contentType) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const bearer = accessToken || (await renew());
      const r = method === 'GET'
        ? await fetch(API + path, { headers: { Authorization: 'Bearer ' + bearer, Accept: 'application/json' } })
        : contentType
          ? await fetch(API + path, {
            method, body,
            headers: { Authorization: 'Bearer ' + bearer, 'Content-Type': contentType, Accept: 'application/json' }
          })
          : await post(path, body, bearer);
      if (r.status !== 401) {
        return r;
      }
      accessToken = null; // ran out while offline: the device token gets a new one
    }
    throw new Error('device');
  }

  function claims(token) {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(part))));
  }

  // --- screens ---
  function show() {
    $('signInView').hidden = !!session;
    $('logView').hidden = !session;
    if (session) {
      $('who').textContent = session.name + ' (' + session.username + ')';
      renderForm();
      renderQueue();
    }
    renderNetwork();
  }

  function pending() {
    return queue.filter((i) => i.state === 'menunggu' || i.photo === 'menunggu').length;
  }

  function renderNetwork() {
    const waiting = pending();
    $('network').textContent = (navigator.onLine ? 'Ada sinyal' : 'Tanpa sinyal: catatan disimpan di ponsel')
      + (waiting ? ' · ' + waiting + ' menunggu dikirim' : '');
  }

  function option(select, value, text) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }

  function renderForm() {
    const group = $('group');
    const chosen = group.value;
    group.replaceChildren();
    (reference ? reference.groups : []).forEach((g) =>
      option(group, g.code, g.code + ' (' + g.activeKpm + ' KPM)'));
    if (chosen) {
      group.value = chosen;
    }
    const module = $('module');
    const chosenModule = module.value;
    module.replaceChildren();
    (reference ? reference.modules : []).forEach((m) => option(module, m.code, m.code + ' — ' + m.title));
    if (chosenModule) {
      module.value = chosenModule;
    }
    renderSessions();
    renderMembers();
    if (!$('heldOn').value) {
      $('heldOn').value = today();
    }
    $('heldOn').max = today();
  }

  function renderSessions() {
    const select = $('session');
    select.replaceChildren();
    const m = reference && reference.modules.find((x) => x.code === $('module').value);
    (m ? m.sessions : []).forEach((s) => option(select, s.sessionNo, 'Sesi ' + s.sessionNo + ': ' + s.title));
  }

  function renderMembers() {
    const box = $('members');
    box.replaceChildren();
    const members = (reference && reference.members[$('group').value]) || [];
    if (!members.length) {
      const p = document.createElement('p');
      p.textContent = 'Kelompok ini belum punya KPM aktif.';
      box.appendChild(p);
      return;
    }
    members.forEach((k, i) => {
      const row = document.createElement('div');
      row.className = 'member';
      row.setAttribute('role', 'radiogroup');
      row.setAttribute('aria-labelledby', 'kpm' + i);
      const name = document.createElement('div');
      name.className = 'name';
      name.id = 'kpm' + i;
      name.textContent = (k.recipientName || 'KPM') + ' · ' + k.participantNumber;
      row.appendChild(name);
      const choices = document.createElement('div');
      choices.className = 'choices';
      STATUSES.forEach(([value, text], j) => {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = 'att-' + k.participantNumber;
        input.value = value;
        input.id = 'att-' + k.participantNumber + '-' + value;
        input.checked = j === 0;
        label.appendChild(input);
        label.appendChild(document.createTextNode(text));
        choices.appendChild(label);
      });
      row.appendChild(choices);
      box.appendChild(row);
    });
  }

  function renderQueue() {
    const list = $('queue');
    list.replaceChildren();
    if (!queue.length) {
      const li = document.createElement('li');
      li.textContent = 'Kosong.';
      list.appendChild(li);
    }
    queue.slice().reverse().forEach((item) => {
      const li = document.createElement('li');
      li.dataset.id = item.id;
      li.appendChild(document.createTextNode(
        item.summary.groupCode + ' · ' + item.summary.moduleCode + ' sesi ' + item.summary.sessionNo
        + ' · ' + item.summary.heldOn + ' · '));
      const state = document.createElement('span');
      state.className = 'state';
      state.textContent = STATE_TEXT[item.state] + (item.errors ? ': ' + item.errors.join('; ') : '')
        + (item.photo ? ' · ' + PHOTO_TEXT[item.photo] + (item.photoError ? ': ' + item.photoError : '') : '');
      li.appendChild(state);
      list.appendChild(li);
    });
    renderNetwork();
  }

  function today() {
    const d = new Date();
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function uuid() {
    if (crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // --- work ---
  async function fetchReference() {
    const tenant = session.tenant;
    const groups = await (await call('GET', 't/' + tenant + '/pkh/groups')).json();
    const modules = await (await call('GET', 't/' + tenant + '/pkh/p2k2-modules')).json();
    const members = {};
    for (const g of groups) {
      const page = await (await call('GET', 't/' + tenant + '/pkh/kpm?status=AKTIF&size=500&groupCode='
        + encodeURIComponent(g.code))).json();
      members[g.code] = page.items.map((k) => ({
        participantNumber: k.participantNumber, recipientName: k.recipientName }));
    }
    reference = { groups, modules, members };
    await save('reference', reference);
  }

  async function signIn(event) {
    event.preventDefault();
    $('signInMessage').textContent = '';
    try {
      const r = await post('auth/token', {
        username: $('username').value.trim(),
        password: $('password').value,
        device: 'P2K2 ' + navigator.userAgent.slice(0, 80)
      });
      if (r.status === 401 || r.status === 403) {
        $('signInMessage').textContent = r.status === 401
          ? 'Nama pengguna atau kata sandi salah.'
          : 'Ganti kata sandi dulu di SLRT, lalu masuk lagi.';
        return;
      }
      if (!r.ok) {
        $('signInMessage').textContent = 'Server belum bisa menjawab; coba lagi.';
        return;
      }
      const answer = await r.json();
      accessToken = answer.access_token;
      const c = claims(accessToken);
      session = { username: c.upn, name: c.name, tenant: c.tenant, deviceToken: answer.device_token };
      $('password').value = '';
      await save('session', session);
      await fetchReference();
      show();
      sync();
    } catch (e) {
      $('signInMessage').textContent = 'Tidak ada sinyal: masuk saat ada sinyal.';
    }
  }

  async function saveLog(event) {
    event.preventDefault();
    const message = $('logMessage');
    message.textContent = '';
    const group = $('group').value;
    const members = (reference && reference.members[group]) || [];
    const heldOn = $('heldOn').value;
    if (!group || !$('session').value || !heldOn) {
      message.textContent = 'Pilih kelompok, modul, sesi dan tanggal.';
      return;
    }
    if (heldOn > today()) {
      message.textContent = 'Tanggal pertemuan belum lewat.';
      return;
    }
    if (!members.length) {
      message.textContent = 'Kelompok ini belum punya KPM aktif.';
      return;
    }
    const log = {
      id: uuid(),
      groupCode: group,
      moduleCode: $('module').value,
      sessionNo: Number($('session').value),
      heldOn,
      place: $('place').value.trim() || null,
      notes: $('notes').value.trim() || null,
      attendance: members.map((k) => ({
        participantNumber: k.participantNumber,
        status: document.querySelector('input[name="att-' + k.participantNumber + '"]:checked').value
      }))
    };
    const item = {
      id: log.id, log, state: 'menunggu',
      summary: { groupCode: log.groupCode, moduleCode: log.moduleCode, sessionNo: log.sessionNo, heldOn }
    };
    const file = $('photo').files[0];
    if (file) {
      const photo = await shrink(file);
      await saveBytes('photo-' + log.id, photo.bytes);
      item.photo = 'menunggu';
      item.photoType = photo.type;
    }
    queue.push(item);
    await save('queue', queue);
    $('notes').value = '';
    $('photo').value = '';
    renderForm();
    renderQueue();
    sync();
  }

  async function sync() {
    if (syncing || !session || !navigator.onLine) {
      return;
    }
    const waiting = queue.filter((i) => i.state === 'menunggu');
    if (!waiting.length && !queue.some((i) => i.photo === 'menunggu' && i.sessionId)) {
      return;
    }
    syncing = true;
    try {
      if (waiting.length) {
        await sendLogs(waiting);
      }
      await sendPhotos();
    } catch (e) {
      if (e.message === 'device') {
        $('logMessage').textContent =
          'Masa masuk ponsel ini habis. Keluar lalu masuk lagi saat ada sinyal; catatan yang belum terkirim tetap tersimpan sampai Anda keluar.';
      }
      // no connection: kept for the next try
    } finally {
      syncing = false;
      renderQueue();
    }
  }

  async function sendLogs(waiting) {
    const r = await call('POST', 't/' + session.tenant + '/pkh/p2k2-sessions', waiting.map((i) => i.log));
    if (!r.ok) {
      return; // kept; tried again later
    }
    for (const answer of await r.json()) {
      const item = queue.find((i) => i.id === answer.id);
      if (!item) {
        continue;
      }
      if (answer.result === 'error') {
        item.state = 'ditolak';
        item.errors = (answer.errors || []).map((e) => e.message);
        if (item.photo === 'menunggu') {
          item.photo = 'ditolak'; // a refused log has no session for its photo
          item.photoError = 'catatannya ditolak';
          await remove('photo-' + item.id);
        }
      } else {
        item.state = answer.conflictWith ? 'konflik' : 'terkirim';
        item.sessionId = answer.sessionId;
        delete item.log; // sent: the attendance no longer needs to stay on the phone
      }
    }
    await save('queue', queue);
  }

  // each photo after its log, to the session the server named; refused ones are kept to show why
  async function sendPhotos() {
    for (const item of queue.filter((i) => i.photo === 'menunggu' && i.sessionId)) {
      const bytes = await loadBytes('photo-' + item.id);
      if (!bytes) {
        item.photo = 'ditolak';
        item.photoError = 'foto hilang dari ponsel';
      } else {
        const r = await call('PUT', 't/' + session.tenant + '/pkh/p2k2-sessions/' + item.sessionId
          + '/sheet-photo', bytes, item.photoType);
        if (r.ok) {
          item.photo = 'terkirim';
          await remove('photo-' + item.id);
        } else if (r.status >= 400 && r.status < 500) {
          item.photo = 'ditolak';
          const problem = await r.json().catch(() => ({}));
          item.photoError = (problem.errors && problem.errors[0] && problem.errors[0].message)
            || problem.detail || String(r.status);
        } else {
          continue; // the server is busy: tried again later
        }
      }
      await save('queue', queue);
    }
  }

  async function signOut() {
    const waiting = pending();
    if (waiting && !confirm(waiting + ' catatan atau foto belum terkirim dan akan terhapus. Tetap keluar?')) {
      return;
    }
    if (navigator.onLine && session) {
      try {
        await post('auth/device-sign-out', { deviceToken: session.deviceToken });
      } catch (e) {
        // offline after all: the grant runs out by itself
      }
    }
    session = null;
    reference = null;
    queue = [];
    accessToken = null;
    await wipe();
    localStorage.clear();
    sessionStorage.clear();
    key = await cryptoKey();
    show();
  }

  async function start() {
    if (!window.crypto || !crypto.subtle || !window.indexedDB) {
      $('unsupported').hidden = false;
      return;
    }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('sw.js').catch(() => {});
    }
    key = await cryptoKey();
    try {
      session = await load('session');
      reference = await load('reference');
      queue = (await load('queue')) || [];
    } catch (e) {
      // unreadable (a key lost by the browser): start afresh
      session = null;
      reference = null;
      queue = [];
    }
    $('signInForm').addEventListener('submit', signIn);
    $('logForm').addEventListener('submit', saveLog);
    $('group').addEventListener('change', renderMembers);
    $('module').addEventListener('change', renderSessions);
    $('syncNow').addEventListener('click', sync);
    $('refresh').addEventListener('click', async () => {
      try {
        await fetchReference();
        renderForm();
      } catch (e) {
        $('logMessage').textContent = 'Tidak ada sinyal: daftar kelompok belum bisa dimuat.';
      }
    });
    $('signOut').addEventListener('click', signOut);
    window.addEventListener('online', () => { renderNetwork(); sync(); });
    window.addEventListener('offline', renderNetwork);
    setInterval(sync, 10000);
    show();
    sync();
  }

  // for the browser test: a bearer token that ran out, as after a day offline
  window.slrtP2k2 = { forgetAccessToken: () => { accessToken = 'kedaluwarsa'; } };

  start();
})();
