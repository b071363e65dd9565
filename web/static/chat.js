/*
 * Stapsteen web chat.
 *
 * Finds <section id="chat" data-start="/greet"> and talks to POST /api/chat
 * (Rasa REST channel format). No globals, no innerHTML: every text goes in
 * with textContent or text nodes. Its own texts (by key) and the help-line
 * numbers come from the JSON data block #chat-texts that the server renders
 * from the message catalogue (bot/data/messages/web.yml, chat_ui.*).
 *
 * Storage: only the sender id, in sessionStorage (key from data-storage-key,
 * default "stapsteen.sender"). It is removed on restart and when the
 * conversation ends (custom payload `ended`, set on the messages after which
 * the server forgets the conversation; also `stopped` or `reference`). The
 * transcript lives in memory (the DOM) only.
 *
 * Session: every message renews the server's session (web/common.py). When the
 * server answers with a fresh CSRF token (`csrf_token`), the page keeps it; a
 * message refused for its token is sent once more with the fresh one. When the
 * conversation idled out, the page says so kindly and offers to start again;
 * what the person typed stays in the box. Idled out: the server says `closed`
 * (it forgot the conversation), or `session_lost` after this conversation had
 * an answer (the session cookie lives as long as the conversation).
 *
 * Read-aloud uses only a Dutch voice on the device itself (`localService`); with
 * none, the page says so and never speaks (a browser's default voice may be a
 * cloud voice that sends the text over the internet).
 */
(() => {
  'use strict';

  const DEFAULT_STORAGE_KEY = 'stapsteen.sender';
  const DEFAULT_ENDPOINT = '/api/chat';
  const MAX_LENGTH = 1000;
  const TIMEOUT_MS = 75000; // longer than the web proxy's wait for Rasa (web/chat.py RASA_TIMEOUT)

  // Texts and help-line numbers come from the message catalogue, as a JSON
  // data block in the page: <script type="application/json" id="chat-texts">.
  const CONFIG = (() => {
    const node = document.getElementById('chat-texts');
    try {
      const data = JSON.parse(node ? node.textContent : '');
      return {
        text: data && typeof data.text === 'object' && data.text ? data.text : {},
        helplines: data && Array.isArray(data.helplines) ? data.helplines : [],
      };
    } catch (e) {
      return { text: {}, helplines: [] };
    }
  })();

  /** The text `key` with its {placeholders} filled in from `values`. */
  function say(key, values) {
    const template = typeof CONFIG.text[key] === 'string' ? CONFIG.text[key] : '';
    if (!values) return template;
    return template.replace(/\{([A-Za-z_]+)\}/g, (whole, name) => (
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
  }

  const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  // The help lines that appear in bot texts (helpline.* in the catalogue),
  // shown as tel: links. Longest first, so a number never links half of a longer one.
  const HELP_NUMBER = (() => {
    const numbers = CONFIG.helplines
      .filter((n) => typeof n === 'string' && n.trim() !== '')
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    if (!numbers.length) return null;
    return new RegExp(
      `(^|[^0-9A-Za-z€.,\\-\\/])(${numbers.join('|')})(?![0-9A-Za-z]|[.,][0-9]|\\s*(?:euro|EUR))`, 'g');
  })();

  const reducedMotion = () =>
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // ---------------------------------------------------------------- helpers

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function newSenderId() {
    const c = window.crypto;
    if (c && typeof c.randomUUID === 'function') {
      try { return c.randomUUID(); } catch (e) { /* not a secure context */ }
    }
    const bytes = new Uint8Array(16);
    if (c && typeof c.getRandomValues === 'function') {
      c.getRandomValues(bytes);
    } else {
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
    }
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  const storage = {
    get(key) {
      try { return window.sessionStorage.getItem(key); } catch (e) { return null; }
    },
    set(key, value) {
      try { window.sessionStorage.setItem(key, value); } catch (e) { /* storage off */ }
    },
    remove(key) {
      try { window.sessionStorage.removeItem(key); } catch (e) { /* storage off */ }
    },
  };

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') || '' : '';
  }

  /** Keep a fresh token from the server for the next messages. */
  function setCsrfToken(token) {
    const meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && typeof token === 'string' && token) meta.setAttribute('content', token);
  }

  /** Append `text` to `parent`, turning known help-line numbers into tel: links. */
  function appendLinkedText(parent, text) {
    if (!HELP_NUMBER) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    let last = 0;
    HELP_NUMBER.lastIndex = 0;
    let match = HELP_NUMBER.exec(text);
    while (match) {
      const start = match.index + match[1].length;
      if (start > last) parent.appendChild(document.createTextNode(text.slice(last, start)));
      const link = el('a', 'tel-link', match[2]);
      link.href = `tel:${match[2].replace(/\s+/g, '')}`;
      parent.appendChild(link);
      last = start + match[2].length;
      match = HELP_NUMBER.exec(text);
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /** Rasa REST items, checked: only strings and plain objects get through. */
  function normaliseItem(raw) {
    if (!raw || typeof raw !== 'object') return null;
    const item = {};
    if (typeof raw.text === 'string' && raw.text.trim() !== '') item.text = raw.text;
    if (Array.isArray(raw.buttons)) {
      item.buttons = raw.buttons
        .filter((b) => b && typeof b.title === 'string' && typeof b.payload === 'string'
          && b.title.trim() !== '' && b.payload.trim() !== '')
        .map((b) => ({ title: b.title, payload: b.payload }));
    } else {
      item.buttons = [];
    }
    if (raw.custom && typeof raw.custom === 'object' && !Array.isArray(raw.custom)) {
      item.custom = raw.custom;
    }
    return item;
  }

  // ---------------------------------------------------------------- speech

  const speech = (() => {
    const synth = window.speechSynthesis;
    const supported = !!synth && typeof window.SpeechSynthesisUtterance === 'function';
    const VOICE_WAIT_MS = 1500; // voices load asynchronously: wait this long for them once
    let current = null; // { button, utterance }
    let voicesChanged = false;
    let notes = 0; // ids of the "no local voice" notes

    function voiceList() {
      try {
        const voices = supported ? synth.getVoices() : [];
        return Array.isArray(voices) ? voices : Array.from(voices || []);
      } catch (e) {
        return [];
      }
    }

    /** A Dutch voice of the device itself (nl-BE first), or null: never a cloud voice. */
    function localDutchVoice() {
      const norm = (v) => String(v.lang || '').replace('_', '-').toLowerCase();
      const local = voiceList().filter((v) => v && v.localService === true
        && (norm(v) === 'nl' || norm(v).startsWith('nl-')));
      return local.find((v) => norm(v) === 'nl-be') || local[0] || null;
    }

    /** Resolves when the browser has listed its voices, or after VOICE_WAIT_MS. */
    function voicesReady() {
      if (voicesChanged || voiceList().length) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          synth.removeEventListener('voiceschanged', done);
          resolve();
        };
        synth.addEventListener('voiceschanged', done);
        window.setTimeout(done, VOICE_WAIT_MS);
      });
    }

    /** No local Dutch voice: say so next to the button (once per message). */
    function noVoice(button) {
      const note = button.nextElementSibling && button.nextElementSibling.classList.contains('speak-note')
        ? button.nextElementSibling
        : el('p', 'speak-note');
      if (!note.id) {
        notes += 1;
        note.id = `speak-note-${notes}`;
        note.setAttribute('role', 'status');
        button.after(note);
      }
      note.textContent = say('speak_unavailable');
      button.setAttribute('aria-describedby', note.id);
    }

    function setIdle(button) {
      button.textContent = say('speak');
      button.setAttribute('aria-label', say('speak_label'));
      button.classList.remove('is-speaking');
    }

    function stop() {
      if (!supported) return;
      if (current) setIdle(current.button);
      current = null;
      synth.cancel();
    }

    function speak(button, text) {
      if (!supported) return;
      const wasThis = current && current.button === button;
      stop();
      if (wasThis) return; // second press stops
      if (localDutchVoice()) speakWith(button, text);
      else voicesReady().then(() => speakWith(button, text));
    }

    function speakWith(button, text) {
      const voice = localDutchVoice();
      if (!voice) {
        noVoice(button);
        return;
      }
      const utterance = new window.SpeechSynthesisUtterance(text);
      utterance.voice = voice; // always set: without it the browser may pick a cloud voice
      utterance.lang = voice.lang;
      utterance.rate = 0.95;
      const done = () => {
        if (current && current.utterance === utterance) {
          setIdle(button);
          current = null;
        }
      };
      utterance.onend = done;
      utterance.onerror = done;
      current = { button, utterance };
      button.textContent = say('stop');
      button.setAttribute('aria-label', say('stop_label'));
      button.classList.add('is-speaking');
      synth.speak(utterance);
    }

    // Voices load asynchronously in Chromium; asking once starts loading them.
    if (supported) {
      synth.addEventListener('voiceschanged', () => { voicesChanged = true; });
      voiceList();
    }
    return { supported, speak, stop };
  })();

  // ---------------------------------------------------------------- chat

  function createChat(root) {
    const $ = (id) => document.getElementById(id);
    const log = $('log');
    const form = $('chat-form');
    const input = $('chat-input');
    const sendButton = $('chat-send');
    const typing = $('chat-typing');
    const alertBox = $('chat-alert');
    const progress = $('chat-progress');
    const progressLabel = $('chat-progress-label');
    const progressBar = $('chat-progress-bar');
    if (!log || !form || !input || !sendButton) return;

    const startMessage = root.dataset.start || '/greet';
    const endpoint = root.dataset.endpoint || DEFAULT_ENDPOINT;
    const storageKey = root.dataset.storageKey || DEFAULT_STORAGE_KEY;

    const state = {
      sender: null,
      busy: false,
      generation: 0,      // bumped on restart; stale answers are dropped
      controller: null,   // AbortController of the request in flight
      started: false,
      closed: false,      // the server forgot this conversation (idle): offer to start again
      answered: false,    // this conversation had an answer of the server
      secretNext: false,  // mask the next typed answer (custom {"secret": true})
    };

    // Elements that only work with JavaScript.
    document.querySelectorAll('[data-needs-js]').forEach((node) => { node.hidden = false; });

    // ---- sender id

    function loadSender() {
      // A reload starts a new conversation: the old transcript is gone (never stored).
      state.sender = newSenderId();
      storage.set(storageKey, state.sender);
    }

    function forgetSender() {
      storage.remove(storageKey);
    }

    // ---- UI state

    function setBusy(busy) {
      state.busy = busy;
      sendButton.disabled = busy;
      root.classList.toggle('is-busy', busy);
      if (typing) typing.hidden = !busy;
      document.querySelectorAll('[data-chat-action="person"], [data-chat-action="withdraw"]').forEach((b) => {
        if (busy) b.setAttribute('aria-disabled', 'true');
        else b.removeAttribute('aria-disabled');
      });
    }

    function showAlert(text) {
      if (!alertBox) return;
      alertBox.textContent = '';
      alertBox.classList.remove('is-notice');
      alertBox.appendChild(el('p', 'chat-alert-text', text));
    }

    function clearAlert() {
      if (!alertBox) return;
      alertBox.textContent = '';
      alertBox.classList.remove('is-notice');
    }

    /** The conversation idled out: a kind notice with a button to start again. */
    function showClosed() {
      state.closed = true;
      forgetSender();
      hideProgress();
      if (!alertBox) return;
      alertBox.textContent = '';
      alertBox.classList.add('is-notice');
      alertBox.appendChild(el('p', 'chat-alert-text', say('closed')));
      const again = el('button', 'button button-primary chat-start-again', say('start_again'));
      again.type = 'button';
      again.id = 'chat-start-again';
      again.addEventListener('click', () => restart({ keepInput: true }));
      alertBox.appendChild(again);
    }

    function setSecret(on) {
      state.secretNext = on;
      input.type = on ? 'password' : 'text';
    }

    function showProgress(index, total) {
      if (!progress) return;
      progressLabel.textContent = say('progress', { index, total });
      if (progressBar) {
        progressBar.max = total;
        progressBar.value = index;
        progressBar.textContent = say('progress', { index, total });
      }
      progress.hidden = false;
    }

    function hideProgress() {
      if (progress) progress.hidden = true;
    }

    function quickReplyGroups() {
      return Array.from(log.querySelectorAll('.quick-replies'));
    }

    function lockQuickReplies(locked) {
      quickReplyGroups().forEach((group) => {
        group.querySelectorAll('button').forEach((b) => {
          if (locked) b.setAttribute('aria-disabled', 'true');
          else b.removeAttribute('aria-disabled');
        });
      });
    }

    // ---- rendering

    function appendUser(text) {
      const msg = el('div', 'msg msg-user');
      msg.appendChild(el('span', 'visually-hidden', say('user_label') + ' '));
      msg.appendChild(el('p', 'msg-text', text));
      log.appendChild(msg);
      return msg;
    }

    function renderQuickReplies(buttons) {
      const group = el('div', 'quick-replies');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', say('choices'));
      buttons.forEach((b) => {
        const button = el('button', 'quick-reply', b.title);
        button.type = 'button';
        button.dataset.payload = b.payload;
        button.addEventListener('click', () => {
          if (state.busy || button.getAttribute('aria-disabled') === 'true') return;
          send(b.payload, b.title, { fromButton: true });
        });
        group.appendChild(button);
      });
      return group;
    }

    function spokenText(item) {
      let text = item.text || '';
      if (item.buttons.length) {
        const titles = item.buttons.map((b) => b.title);
        const list = titles.length > 1
          ? `${titles.slice(0, -1).join(', ')} ${say('or')} ${titles[titles.length - 1]}`
          : titles[0];
        text += `\n${say('spoken_choices')} ${list}.`;
      }
      return text;
    }

    function appendBot(item) {
      const msg = el('div', 'msg msg-bot');
      msg.appendChild(el('span', 'visually-hidden', say('bot_label') + ' '));
      if (item.text) {
        const p = el('p', 'msg-text');
        appendLinkedText(p, item.text);
        msg.appendChild(p);
      }
      if (speech.supported && item.text) {
        const speak = el('button', 'speak', say('speak'));
        speak.type = 'button';
        speak.setAttribute('aria-label', say('speak_label'));
        const toSay = spokenText(item);
        speak.addEventListener('click', () => speech.speak(speak, toSay));
        msg.appendChild(speak);
      }
      let group = null;
      if (item.buttons.length) {
        group = renderQuickReplies(item.buttons);
        msg.appendChild(group);
      }
      log.appendChild(msg);
      return { msg, group };
    }

    function appendReference(msg, reference) {
      if (!msg || !/^[A-Za-z0-9-]{4,40}$/.test(reference)) return;
      const card = el('p', 'reference-card');
      card.appendChild(el('span', 'reference-label', say('reference_label') + ' '));
      card.appendChild(el('strong', 'reference-code', reference));
      // Before the speak button and the quick replies, after the text.
      const after = msg.querySelector('.msg-text');
      if (after && after.nextSibling) msg.insertBefore(card, after.nextSibling);
      else msg.appendChild(card);
    }

    /** Render one answer of the server; returns what to focus and whether the conversation ended. */
    function renderBatch(items) {
      let firstNew = null;
      let lastMsg = null;
      let lastGroup = null;
      let ended = false;
      let secret = false;
      items.forEach((item) => {
        if (item.text || item.buttons.length) {
          const { msg, group } = appendBot(item);
          if (!firstNew) firstNew = msg;
          lastMsg = msg;
          if (group) {
            if (lastGroup) lastGroup.remove(); // only the newest choices stay
            lastGroup = group;
          }
        }
        const custom = item.custom;
        if (!custom) return;
        const index = Number(custom.index);
        const total = Number(custom.total);
        if (Number.isInteger(index) && Number.isInteger(total) && total > 0 && index >= 1 && index <= total) {
          showProgress(index, total);
        }
        if ('score' in custom || custom.ended === true || custom.stopped === true
          || typeof custom.reference === 'string') {
          hideProgress();
        }
        if (custom.crisis === true && lastMsg) lastMsg.classList.add('msg-crisis');
        if (typeof custom.reference === 'string') {
          appendReference(lastMsg, custom.reference);
          ended = true;
        }
        if (custom.ended === true || custom.stopped === true) ended = true;
        if (custom.secret === true) secret = true;
      });
      return { firstNew, lastGroup, ended, secret };
    }

    // ---- focus and scrolling

    function inViewport(node) {
      const r = node.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight);
    }

    function focusMayMove() {
      const active = document.activeElement;
      return !active || active === document.body || root.contains(active)
        || !!active.closest('[data-chat-action], [data-chat-open]');
    }

    function settle(firstNew, target, moveFocus) {
      const behavior = reducedMotion() ? 'auto' : 'smooth';
      if (firstNew && !inViewport(firstNew)) {
        firstNew.scrollIntoView({ block: 'start', behavior });
      }
      if (moveFocus && target) {
        target.focus({ preventScroll: true });
        if (!inViewport(target)) target.scrollIntoView({ block: 'nearest', behavior });
      }
    }

    // ---- sending

    /** POST one message; refused for its CSRF token, it is sent once more with the fresh one. */
    async function post(message, signal, retried = false) {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'X-CSRFToken': csrfToken(),
        },
        body: JSON.stringify({ sender: state.sender, message }),
        signal,
      });
      let data = null;
      try { data = await response.json(); } catch (e) { data = null; }
      if (!response.ok && data && typeof data === 'object' && !Array.isArray(data)) {
        setCsrfToken(data.csrf_token);
        if (data.closed === true || (data.session_lost === true && state.answered)) {
          const error = new Error('closed');
          error.kind = 'closed';
          throw error;
        }
        if (typeof data.csrf_token === 'string' && !retried) return post(message, signal, true);
      }
      if (!response.ok) {
        const error = new Error('http');
        error.kind = 'http';
        error.status = response.status;
        error.text = data && typeof data.error === 'string' && data.error.trim() ? data.error : null;
        throw error;
      }
      if (!Array.isArray(data)) {
        const error = new Error('format');
        error.kind = 'http';
        throw error;
      }
      return data.map(normaliseItem).filter(Boolean);
    }

    function errorText(err) {
      if (err && err.kind === 'http') {
        if (err.text) return err.text;
        if (err.status === 400 || err.status === 403 || err.status === 419) return say('session_expired');
        return say('server_error');
      }
      return say('network_error');
    }

    /**
     * Send `message` to the bot. `display` is what the log shows as the
     * person's message (null: nothing, e.g. the start message).
     * options.typed: the text came from the input (restored on failure).
     */
    async function send(message, display, options = {}) {
      if (state.busy) return;
      const text = String(message).trim().slice(0, MAX_LENGTH);
      if (!text) return;
      const generation = state.generation;
      const userInitiated = options.userInitiated !== false;
      const wasSecret = options.typed && state.secretNext;

      setBusy(true);
      clearAlert();
      lockQuickReplies(true);
      storage.set(storageKey, state.sender);
      let userMsg = null;
      if (display !== null && display !== undefined) {
        userMsg = appendUser(wasSecret ? say('hidden') : display);
      }
      if (options.typed) {
        input.value = '';
        setSecret(false);
      }

      const controller = typeof AbortController === 'function' ? new AbortController() : null;
      state.controller = controller;
      const timer = controller ? window.setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
      let items;
      try {
        items = await post(text, controller ? controller.signal : undefined);
      } catch (err) {
        if (generation !== state.generation) return; // restarted meanwhile
        if (userMsg) userMsg.remove();
        if (options.typed) {
          if (!input.value) input.value = options.raw !== undefined ? options.raw : text;
          if (wasSecret) setSecret(true);
        }
        lockQuickReplies(false);
        setBusy(false);
        if (err && err.kind === 'closed') showClosed();
        else showAlert(errorText(err));
        if (options.typed && focusMayMove()) input.focus();
        return;
      } finally {
        if (timer) window.clearTimeout(timer);
        if (state.controller === controller) state.controller = null;
      }
      if (generation !== state.generation) return;
      state.answered = true;

      // The answer is in: old choices go, so focus never lands on them.
      quickReplyGroups().forEach((g) => g.remove());
      const moveFocus = userInitiated && focusMayMove();
      const { firstNew, lastGroup, ended, secret } = renderBatch(items);
      setBusy(false);
      setSecret(secret);
      if (ended) forgetSender();
      const target = lastGroup ? lastGroup.querySelector('button') : input;
      settle(firstNew, target, moveFocus);
    }

    // ---- lifecycle

    function start(userInitiated) {
      state.started = true;
      send(startMessage, null, { userInitiated });
    }

    /**
     * A new conversation. options.keepInput: what is typed stays (after "closed");
     * options.first: [payload, display] to start with instead of the start message.
     */
    function restart(options = {}) {
      state.generation += 1;
      state.closed = false;
      state.answered = false;
      if (state.controller) state.controller.abort();
      state.controller = null;
      speech.stop();
      setBusy(false);
      clearAlert();
      hideProgress();
      setSecret(false);
      log.textContent = '';
      if (!options.keepInput) input.value = '';
      forgetSender();
      state.sender = newSenderId();
      storage.set(storageKey, state.sender);
      if (options.first) {
        state.started = true;
        send(options.first[0], options.first[1]);
      } else {
        start(true);
      }
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (state.busy) return;
      const raw = input.value;
      const text = raw.trim();
      if (!text) {
        input.value = '';
        input.focus();
        return;
      }
      if (state.closed) {
        restart({ keepInput: true }); // the old conversation is gone: start again, keep the text
        return;
      }
      send(text, text, { typed: true, raw });
    });

    document.querySelectorAll('[data-chat-action="restart"]').forEach((button) => {
      button.addEventListener('click', () => restart());
    });

    /** A menu button that sends `payload` (shown as `display`), in a new conversation when needed. */
    function menuAction(payload, display) {
      if (state.busy) return;
      if (state.closed) {
        restart({ keepInput: true, first: [payload, display] });
        return;
      }
      if (!state.started) {
        openDeferred();
        if (!state.sender) loadSender();
        state.started = true;
      }
      send(payload, display);
    }

    document.querySelectorAll('[data-chat-action="person"]').forEach((button) => {
      button.addEventListener('click', () => menuAction('/talk_to_person', say('person')));
    });
    document.querySelectorAll('[data-chat-action="withdraw"]').forEach((button) => {
      button.addEventListener('click', () => menuAction('/withdraw_consent', say('withdraw')));
    });

    function openDeferred() {
      root.hidden = false;
      document.querySelectorAll('[data-chat-open]').forEach((b) => {
        b.setAttribute('aria-expanded', 'true');
        b.hidden = true;
      });
    }

    const openers = document.querySelectorAll('[data-chat-open]');
    if (root.hasAttribute('data-defer') && openers.length) {
      openers.forEach((button) => {
        button.addEventListener('click', () => {
          openDeferred();
          input.focus();
          if (!state.started) {
            loadSender();
            start(true);
          }
        });
      });
    } else {
      root.hidden = false;
      loadSender();
      start(false);
    }

    window.addEventListener('pagehide', () => speech.stop());
  }

  const root = document.querySelector('#chat[data-start]');
  if (root) createChat(root);
})();
