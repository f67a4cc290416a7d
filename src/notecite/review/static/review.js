// notecite review page: selection, corrections, and swapping in the re-rendered page.
// Plain JavaScript, no build step, no outside assets. Every request carries the session token.
(function () {
  "use strict";
  var token = document.body.dataset.token;
  var doc = Number(document.body.dataset.doc);
  var lastSelection = null;

  function showError(message) {
    var box = document.getElementById("error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  function post(path, body) {
    showError("");
    return fetch(path + "?token=" + encodeURIComponent(token), {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { showError(data.error || ("error " + response.status)); return; }
        document.getElementById("main").innerHTML = data.html;
        lastSelection = null;
        document.body.dataset.changes = String(Number(document.body.dataset.changes || 0) + 1);
        var changes = document.getElementById("changes");
        if (changes) { changes.scrollIntoView({block: "nearest"}); }
      });
    }, function (error) { showError("the review server does not answer: " + error); });
  }

  function correct(correction) { return post("/correct", {doc: doc, correction: correction}); }

  // A DOM position inside a note's text as {note, pos}: a character offset in the note.
  function position(node, offset) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!element) { return null; }
    var text = element.closest(".text");
    if (!text) { return null; }
    var chunk = element.closest("[data-s]");
    var pos;
    if (chunk && node.nodeType === Node.TEXT_NODE) {
      pos = Number(chunk.dataset.s) + offset;
    } else if (chunk) {
      pos = offset === 0 ? Number(chunk.dataset.s) : Number(chunk.dataset.e);
    } else {
      var children = text.children;
      pos = offset < children.length ? Number(children[offset].dataset.s)
                                     : Number(children[children.length - 1].dataset.e);
    }
    return {note: Number(text.dataset.note), pos: pos};
  }

  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    var a = position(range.startContainer, range.startOffset);
    var b = position(range.endContainer, range.endOffset);
    if (!a || !b || a.note !== b.note || b.pos <= a.pos) { return; }
    lastSelection = {note: a.note, start: a.pos, end: b.pos, text: selection.toString()};
    var out = document.getElementById("selection");
    if (out) { out.textContent = "«" + lastSelection.text + "» in note " + a.note; }
  });

  function needSelection() {
    if (!lastSelection) { showError("select some words of a note first"); }
    return lastSelection;
  }

  var actions = {
    "relabel": function () {
      var s = needSelection();
      if (s) { correct({action: "relabel", note: s.note, start: s.start, end: s.end,
                        label: document.getElementById("label").value}); }
    },
    "not-citation": function () {
      var s = needSelection();
      if (s) { correct({action: "not-citation", note: s.note, start: s.start, end: s.end}); }
    },
    "split": function () {
      var s = needSelection();
      if (s) { correct({action: "split", note: s.note, at: s.start}); }
    },
    "join": function (button) {
      var row = button.closest("tr.cite");
      correct({action: "join", note: Number(row.dataset.note), at: Number(button.dataset.at)});
    },
    "relink": function (button) {
      var row = button.closest("tr.cite");
      var target = row.querySelector(".relink-target").value;
      correct({action: "relink", note: Number(row.dataset.note), start: Number(row.dataset.start),
               end: Number(row.dataset.end), to: target || null});
    },
    "edit": function (button) {
      var input = button.closest("tr").querySelector("input");
      correct({action: "edit", record: button.dataset.record, field: button.dataset.field, value: input.value});
    },
    "choose": function (button) {
      correct({action: "edit", record: button.dataset.record, field: button.dataset.field,
               value: JSON.parse(button.dataset.value)});
    },
    "merge": function (button) {
      var box = button.closest(".merge");
      var group = button.dataset.group;
      var keep = box.querySelector("input[name='keep-" + group + "']:checked").value;
      var drop = [];
      box.querySelectorAll("input[name='keep-" + group + "']").forEach(function (input) {
        if (input.value !== keep) { drop.push(input.value); }
      });
      var values = {};
      box.querySelectorAll("tr[data-field]").forEach(function (row) {
        var chosen = row.querySelector("input:checked");
        if (chosen) { values[row.dataset.field] = chosen.value; }
      });
      correct({action: "merge", keep: keep, drop: drop, values: values});
    },
    "uncorrect": function (button) {
      post("/uncorrect", {doc: doc, index: Number(button.dataset.index)});
    }
  };

  // Buttons keep the text selection: act on mousedown's default being prevented.
  document.addEventListener("mousedown", function (event) {
    if (event.target.closest("button[data-act]")) { event.preventDefault(); }
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-act]");
    if (button && actions[button.dataset.act]) { actions[button.dataset.act](button); }
  });
}());
