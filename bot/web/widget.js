/* The chat widget: vanilla JS, no build step, no third-party requests, nothing stored in the
 * browser (the conversation lives in this page's memory only).
 *
 * Embed with one line (the server's demo page shows it filled in):
 *   <script src="https://ASSISTANT/webhooks/web/widget.js" data-exit-url="https://weather.com/" defer></script>
 * It mounts into <div id="screening-chat"> when the page has one, else at the top of <body>, so
 * that its exit button comes first in keyboard order.
 *
 * Quick exit (the button, Esc twice, Shift three times): blank the page at once, tell the server
 * to erase (sendBeacon), clear this site's storage, and leave with location.replace so that Back
 * does not return here.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var BASE = new URL(".", script.src).href;  // .../webhooks/web/
  var EXIT_URL = script.getAttribute("data-exit-url") || "https://weather.com/";
  var MAX_CHARS = 2000;
  var KEY_WINDOW_MS = 2000;  // between the presses of Esc Esc or Shift Shift Shift

  var TEXT = {
    en: {
      title: "Private chat",
      exit: "Exit now",
      exitHelp: "Quick exit: this button, Esc twice, or Shift three times. The page goes blank and another site opens.",
      exitLimits: "Quick exit cannot erase your browser history or hide this visit from a monitored device or network.",
      otherLanguage: "Español",
      otherLanguageCode: "es",
      log: "Conversation",
      you: "You: ",
      bot: "Assistant: ",
      input: "Your message",
      send: "Send",
      typing: "The assistant is typing…",
      notSent: "Not sent yet.",
      retry: "Send again",
      offline: "The connection was lost. Your message is kept here: press Send again when you are ready.",
      busy: "You sent several messages quickly. Give me a moment, then press Send again. Nothing was lost.",
      tooLong: "That message is too long. Please keep it under 2,000 characters.",
      capped: "Messages can be up to 2,000 characters. Anything longer is cut off here, so check the end of your message.",
      unavailable: "The assistant could not answer just now. Your message is kept: press Send again.",
      closed: "This chat was closed. Reload the page to start a new one.",
      choices: "Choices"
    },
    es: {
      title: "Chat privado",
      exit: "Salir ya",
      exitHelp: "Salida rápida: este botón, Esc dos veces o Mayús tres veces. La página se queda en blanco y se abre otro sitio.",
      exitLimits: "La salida rápida no puede borrar el historial del navegador ni ocultar esta visita en un dispositivo o una red vigilados.",
      otherLanguage: "English",
      otherLanguageCode: "en",
      log: "Conversación",
      you: "Tú: ",
      bot: "Asistente: ",
      input: "Tu mensaje",
      send: "Enviar",
      typing: "El asistente está escribiendo…",
      notSent: "Todavía no se envió.",
      retry: "Enviar de nuevo",
      offline: "Se perdió la conexión. Tu mensaje sigue aquí: pulsa Enviar de nuevo cuando quieras.",
      busy: "Enviaste varios mensajes seguidos. Dame un momento y pulsa Enviar de nuevo. No se perdió nada.",
      tooLong: "Ese mensaje es demasiado largo. Escribe menos de 2000 caracteres, por favor.",
      capped: "Los mensajes pueden tener hasta 2000 caracteres. Lo que pase de ahí se corta, así que revisa el final de tu mensaje.",
      unavailable: "El asistente no pudo responder ahora. Tu mensaje sigue aquí: pulsa Enviar de nuevo.",
      closed: "Este chat se cerró. Vuelve a cargar la página para empezar otro.",
      choices: "Opciones"
    }
  };

  var lang = initialLanguage();
  var token = null;
  var queue = [];        // messages not yet answered, sent one at a time, in order
  var sending = false;
  var paused = false;    // after a failure, until the person presses Send again
  var exiting = false;
  var ui = {};

  function initialLanguage() {
    var asked = script.getAttribute("data-lang") || navigator.language || "en";
    return asked.toLowerCase().indexOf("es") === 0 ? "es" : "en";
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;  // always text, never HTML
    return node;
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) {
      return (b + 256).toString(16).slice(1);
    }).join("");
  }

  // --- building and translating the widget -----------------------------------------------

  function build() {
    var root = el("section", "sa-widget");
    root.setAttribute("aria-labelledby", "sa-title");
    var bar = el("div", "sa-bar");
    ui.exit = el("button", "sa-exit");
    ui.exit.type = "button";
    ui.exit.addEventListener("click", quickExit);
    ui.title = el("h2", "sa-title");
    ui.title.id = "sa-title";
    ui.language = el("button", "sa-language");
    ui.language.type = "button";
    ui.language.addEventListener("click", toggleLanguage);
    bar.append(ui.exit, ui.title, ui.language);

    ui.exitHelp = el("p", "sa-help");
    ui.exitLimits = el("p", "sa-help sa-limits");
    ui.log = el("div", "sa-log");
    ui.log.setAttribute("role", "log");
    ui.log.setAttribute("aria-live", "polite");
    ui.log.tabIndex = 0;  // a scrollable region must be reachable by keyboard
    ui.typing = el("p", "sa-typing");
    ui.typing.setAttribute("role", "status");
    ui.alert = el("div", "sa-alert");
    ui.alert.setAttribute("role", "alert");
    ui.alertText = el("p", "sa-alert-text");
    ui.retry = el("button", "sa-retry");
    ui.retry.type = "button";
    ui.retry.hidden = true;
    ui.retry.addEventListener("click", retry);
    ui.alert.append(ui.alertText, ui.retry);

    var form = el("form", "sa-form");
    ui.label = el("label", "sa-label");
    ui.label.htmlFor = "sa-input";
    ui.input = el("textarea", "sa-input");
    ui.input.id = "sa-input";
    ui.input.rows = 2;
    ui.input.maxLength = MAX_CHARS;
    ui.input.setAttribute("aria-describedby", "sa-limit");
    ui.limit = el("p", "sa-limit");
    ui.limit.id = "sa-limit";
    ui.limit.setAttribute("aria-live", "polite");
    ui.send = el("button", "sa-send");
    ui.send.type = "submit";
    form.append(ui.label, ui.input, ui.limit, ui.send);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitTyped();
    });
    ui.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitTyped();
      }
    });
    ui.input.addEventListener("input", function () {
      ui.limit.textContent = ui.input.value.length >= MAX_CHARS ? TEXT[lang].capped : "";
    });

    root.append(bar, ui.exitHelp, ui.exitLimits, ui.log, ui.typing, ui.alert, form);
    var host = document.getElementById("screening-chat");
    if (host) host.appendChild(root);
    else document.body.insertBefore(root, document.body.firstChild);
    ui.root = root;
    translate();
  }

  function translate() {
    var t = TEXT[lang];
    ui.root.lang = lang;
    ui.exit.textContent = t.exit;
    ui.title.textContent = t.title;
    ui.language.textContent = t.otherLanguage;
    ui.language.lang = t.otherLanguageCode;
    ui.exitHelp.textContent = t.exitHelp;
    ui.exitLimits.textContent = t.exitLimits;
    ui.log.setAttribute("aria-label", t.log);
    ui.label.textContent = t.input;
    ui.send.textContent = t.send;
    ui.retry.textContent = t.retry;
    if (sending) ui.typing.textContent = t.typing;
    if (ui.alert.dataset.reason) ui.alertText.textContent = t[ui.alert.dataset.reason];
    if (ui.limit.textContent) ui.limit.textContent = t.capped;
    Array.prototype.forEach.call(ui.log.querySelectorAll("[data-say]"), function (node) {
      node.textContent = t[node.getAttribute("data-say")];
    });
  }

  function setLanguage(next) {
    if ((next === "en" || next === "es") && next !== lang) {
      lang = next;
      translate();
    }
  }

  function toggleLanguage() {
    var chosen = TEXT[lang].otherLanguage;  // the name of the language asked for
    var next = TEXT[lang].otherLanguageCode;
    setLanguage(next);
    send('/change_language{"language": "' + next + '"}', chosen);
  }

  // --- the conversation -------------------------------------------------------------------

  // The speaker is said to screen readers only ("You:" / "Assistant:"), before the text.
  function addMessage(who, text) {
    var item = el("div", "sa-message sa-" + who);
    var speaker = el("span", "sa-visually-hidden", TEXT[lang][who === "user" ? "you" : "bot"]);
    speaker.setAttribute("data-say", who === "user" ? "you" : "bot");
    item.append(speaker, el("span", "sa-text", text));
    ui.log.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
    ui.log.scrollTop = ui.log.scrollHeight;
    return item;
  }

  function addButtons(buttons) {
    var group = el("div", "sa-buttons");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", TEXT[lang].choices);
    buttons.forEach(function (button) {
      var choice = el("button", "sa-choice", button.title);
      choice.type = "button";
      choice.addEventListener("click", function () {
        var picked = /^\/change_language\{"language": ?"(en|es)"\}$/.exec(button.payload);
        if (picked) setLanguage(picked[1]);
        send(button.payload, button.title);
      });
      group.appendChild(choice);
    });
    ui.log.appendChild(group);
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function submitTyped() {
    var text = ui.input.value;
    if (!text.trim()) {  // empty or white space: nothing to send
      ui.input.value = "";
      return;
    }
    ui.input.value = "";
    ui.limit.textContent = "";
    send(text, text);
  }

  // `shown` is what the conversation displays as the person's message (null: nothing).
  function send(text, shown) {
    if (exiting) return;
    var item = { id: newId(), text: text, node: null };
    if (shown !== null) item.node = addMessage("user", shown);
    queue.push(item);
    pump();
  }

  function markPending(item, pending) {
    if (!item.node) return;
    var note = item.node.querySelector(".sa-pending");
    if (pending && !note) {
      note = el("span", "sa-pending", TEXT[lang].notSent);
      note.setAttribute("data-say", "notSent");
      item.node.append(" ", note);
    } else if (!pending && note) {
      note.remove();
    }
  }

  function showAlert(reason, canRetry) {
    ui.alert.dataset.reason = reason;
    ui.alertText.textContent = TEXT[lang][reason];
    ui.retry.hidden = !canRetry;
  }

  function clearAlert() {
    delete ui.alert.dataset.reason;
    ui.alertText.textContent = "";
    ui.retry.hidden = true;
  }

  function setTyping(on) {
    ui.typing.textContent = on ? TEXT[lang].typing : "";
    ui.root.classList.toggle("sa-busy", on);
  }

  function post(path, body) {
    return fetch(BASE + path, {
      method: "POST",
      headers: { "Content-Type": "text/plain;charset=UTF-8" },  // no CORS preflight
      body: JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
      referrerPolicy: "no-referrer"
    });
  }

  function start() {
    return post("start", {}).then(function (reply) {
      if (!reply.ok) throw new Error("start " + reply.status);
      return reply.json();
    }).then(function (data) {
      token = data.token;
    });
  }

  function pump() {
    if (sending || paused || exiting || !queue.length) return;
    var item = queue[0];
    sending = true;
    setTyping(true);
    var ready = token ? Promise.resolve() : start();
    ready.then(function () {
      if (exiting) throw new Error("left");  // never start a turn after the exit
      return post("chat", { token: token, id: item.id, message: item.text });
    }).then(function (reply) {
      return reply.json().catch(function () { return {}; }).then(function (data) {
        finish(item, reply.status, data);
      });
    }).catch(function () {
      fail(item, "offline");
    }).then(function () {
      sending = false;
      if (!exiting) {
        setTyping(false);
        pump();
      }
    });
  }

  function finish(item, status, data) {
    if (exiting) return;
    if (status === 200) {
      queue.shift();
      markPending(item, false);
      clearAlert();
      if (data.language) setLanguage(data.language);
      (data.messages || []).forEach(function (message) {
        if (message.text) addMessage("bot", message.text);
        if (message.buttons && message.buttons.length) addButtons(message.buttons);
      });
    } else if (status === 429) {
      fail(item, "busy");
    } else if (status === 413) {
      queue.shift();  // it cannot go as it is; the person is told why
      markPending(item, true);
      showAlert("tooLong", false);
    } else if (status === 410 || status === 403) {
      queue.length = 0;
      token = null;
      markPending(item, true);
      showAlert("closed", false);
      paused = true;
    } else if (status === 400) {
      queue.shift();  // nothing the widget can send (e.g. only control characters)
      if (item.node) item.node.remove();
    } else {
      fail(item, "unavailable");
    }
  }

  function fail(item, reason) {
    paused = true;  // the queue waits, in order: nothing is lost and nothing is sent twice
    markPending(item, true);
    showAlert(reason, true);
  }

  function retry() {
    paused = false;
    clearAlert();
    ui.input.focus();
    pump();  // the same message with the same id: the server runs it at most once
  }

  // --- quick exit -------------------------------------------------------------------------

  function clearStorage() {
    try { window.sessionStorage.clear(); } catch (e) { /* blocked storage: nothing to clear */ }
    try { window.localStorage.clear(); } catch (e) { /* idem */ }
    try {
      document.cookie.split(";").forEach(function (cookie) {
        var name = cookie.split("=")[0].trim();
        if (name) document.cookie = name + "=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
      });
    } catch (e) { /* idem */ }
  }

  function quickExit() {
    if (exiting) return;
    exiting = true;
    document.documentElement.classList.add("sa-leaving");
    document.title = "";
    if (document.body) document.body.replaceChildren();  // blank at once
    if (token) {
      var body = JSON.stringify({ token: token });
      var sent = false;
      try {
        sent = navigator.sendBeacon(BASE + "exit", new Blob([body], { type: "text/plain;charset=UTF-8" }));
      } catch (e) { sent = false; }
      if (!sent) {
        fetch(BASE + "exit", { method: "POST", body: body, keepalive: true, credentials: "omit",
          headers: { "Content-Type": "text/plain;charset=UTF-8" } }).catch(function () {});
      }
    }
    token = null;
    queue.length = 0;
    clearStorage();
    window.location.replace(EXIT_URL);
  }

  var presses = { key: null, count: 0, at: 0 };
  function onKey(event) {
    if (event.repeat) return;
    var key = event.key === "Escape" || event.key === "Shift" ? event.key : null;
    var now = Date.now();
    if (key && presses.key === key && now - presses.at <= KEY_WINDOW_MS) presses.count += 1;
    else presses.count = key ? 1 : 0;
    presses.key = key;
    presses.at = now;
    if ((key === "Escape" && presses.count >= 2) || (key === "Shift" && presses.count >= 3)) {
      event.preventDefault();
      quickExit();
    }
  }

  function init() {
    build();
    window.addEventListener("keydown", onKey, true);
    send("/greet", null);  // the welcome, with the language choice
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
