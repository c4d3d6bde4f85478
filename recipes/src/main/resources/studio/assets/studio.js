// The recipe studio's small script: field edits (sent as you go, checks shown beside the field),
// data pills (drag and drop with the browser's own API, or Enter on a pill for the field last
// focused), pills shown as chips, the custom-value toggles, and dragging actions and steps.
(function () {
  "use strict";
  var editor = document.querySelector(".editor");
  if (!editor) {
    return;
  }
  var recipe = editor.getAttribute("data-recipe");
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var status = document.getElementById("status");
  var lastTarget = null;
  var PILL = /\{\{[^{}]*\}\}/g;

  function say(text) {
    status.textContent = text;
  }

  function post(url, fields) {
    var body = new URLSearchParams(fields);
    body.set("r", recipe);
    return fetch(url, {
      method: "POST",
      headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
      credentials: "same-origin"
    });
  }

  function submit(action, fields) {
    var form = document.createElement("form");
    form.method = "post";
    form.action = action;
    fields._csrf = csrf;
    fields.r = recipe;
    Object.keys(fields).forEach(function (name) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = fields[name];
      form.appendChild(input);
    });
    document.body.appendChild(form);
    form.submit();
  }

  // ---- checks beside the field ----
  function showProblems(problems) {
    var slots = document.querySelectorAll("[data-problem-for]");
    var byPath = {};
    slots.forEach(function (slot) {
      slot.textContent = "";
      slot.hidden = true;
      byPath[slot.getAttribute("data-problem-for")] = slot;
    });
    problems.forEach(function (problem) {
      var path = problem.path;
      while (!(path in byPath) && path.indexOf(".") > 0) {
        path = path.substring(0, path.lastIndexOf("."));
      }
      var slot = byPath[path] || byPath[""];
      var line = document.createElement("span");
      line.className = "problem-line";
      line.textContent = (slot === byPath[""] || path !== problem.path ? problem.where + ": " : "") + problem.message;
      slot.appendChild(line);
      slot.hidden = false;
    });
  }

  function valueOf(input) {
    if (input.type === "checkbox") {
      return input.checked ? "true" : "false";
    }
    if (input.multiple) {
      return JSON.stringify(Array.prototype.map.call(input.selectedOptions, function (o) { return o.value; }));
    }
    return input.value;
  }

  var pending = 0;
  function track(delta) {
    pending += delta;
    document.body.setAttribute("data-pending", String(pending));
  }

  function send(input) {
    track(1);
    post("/field", {
      path: input.getAttribute("data-path"),
      kind: input.getAttribute("data-kind") || "string",
      value: valueOf(input)
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) {
          say(answer.error || "not saved");
          return;
        }
        showProblems(answer.problems);
        document.getElementById("unsaved").hidden = !answer.unsaved;
      });
    }).catch(function () {
      say("The studio did not answer: is it still running?");
    }).then(function () { track(-1); });
  }

  // A checkbox never set shows as neither on nor off: the action's default applies.
  document.querySelectorAll("input[type=checkbox][data-unset]").forEach(function (box) {
    box.indeterminate = true;
  });

  editor.addEventListener("change", function (event) {
    var input = event.target;
    if (input.hasAttribute && input.hasAttribute("data-unset")) {
      input.removeAttribute("data-unset");
      var note = document.getElementById(input.id + "-unset");
      if (note) {
        note.hidden = true;
      }
    }
    if (input.hasAttribute && input.hasAttribute("data-path")) {
      send(input);
    }
  });

  // ---- chips ----
  function renderChips(input) {
    var box = document.querySelector('[data-chips-for="' + input.id.replace(/-custom$/, "") + '"]');
    if (!box) {
      return;
    }
    box.textContent = "";
    var text = input.value;
    var last = 0;
    var match;
    PILL.lastIndex = 0;
    var any = false;
    while ((match = PILL.exec(text)) !== null) {
      any = true;
      if (match.index > last) {
        box.appendChild(document.createTextNode(text.substring(last, match.index)));
      }
      var chip = document.createElement("span");
      chip.className = "chip";
      chip.textContent = match[0].replace(/^\{\{\s*|\s*\}\}$/g, "");
      box.appendChild(chip);
      last = match.index + match[0].length;
    }
    if (any && last < text.length) {
      box.appendChild(document.createTextNode(text.substring(last)));
    }
    box.hidden = !any;
  }

  document.querySelectorAll(".pill-target").forEach(renderChips);
  editor.addEventListener("input", function (event) {
    if (event.target.classList && event.target.classList.contains("pill-target")) {
      renderChips(event.target);
    }
  });

  // ---- toggles between a pick list and a custom value ----
  editor.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-toggle]") : null;
    if (!button) {
      return;
    }
    var id = button.getAttribute("data-toggle");
    var choice = document.getElementById(id);
    var custom = document.getElementById(id + "-custom");
    var toCustom = custom.hidden;
    custom.hidden = custom.disabled = !toCustom;
    choice.hidden = choice.disabled = toCustom;
    button.setAttribute("aria-pressed", toCustom ? "true" : "false");
    (toCustom ? custom : choice).focus();
  });

  // ---- data pills ----
  function insertPill(input, pill) {
    if (input.tagName === "INPUT" && input.type !== "text") {
      input.type = "text";
    }
    var start = typeof input.selectionStart === "number" ? input.selectionStart : input.value.length;
    var end = typeof input.selectionEnd === "number" ? input.selectionEnd : start;
    input.value = input.value.substring(0, start) + pill + input.value.substring(end);
    input.focus();
    var caret = start + pill.length;
    input.setSelectionRange(caret, caret);
    renderChips(input);
    input.dispatchEvent(new Event("change", { bubbles: true }));
    say("Inserted " + pill);
  }

  function filterPills(stepIndex) {
    document.querySelectorAll(".pill-group").forEach(function (group) {
      var after = parseInt(group.getAttribute("data-after"), 10);
      var loop = group.getAttribute("data-loop");
      var visible = after < stepIndex;
      if (loop !== null) {
        var forEach = document.getElementById("f-steps." + loop + "-for_each");
        visible = parseInt(loop, 10) === stepIndex && forEach !== null && forEach.value.trim() !== "";
      }
      group.hidden = !visible;
    });
  }

  editor.addEventListener("focusin", function (event) {
    var target = event.target;
    if (target.classList && target.classList.contains("pill-target")) {
      lastTarget = target;
      var step = target.closest(".step");
      filterPills(step ? parseInt(step.getAttribute("data-index"), 10) : -1);
    }
  });

  document.querySelectorAll(".pill").forEach(function (pill) {
    pill.addEventListener("dragstart", function (event) {
      event.dataTransfer.setData("text/plain", pill.getAttribute("data-pill"));
      event.dataTransfer.setData("application/x-recipe-pill", pill.getAttribute("data-pill"));
      event.dataTransfer.effectAllowed = "copy";
    });
    pill.addEventListener("click", function () {
      if (!lastTarget || !document.body.contains(lastTarget)) {
        say("Focus an input first, then pick a pill to insert it there.");
        return;
      }
      insertPill(lastTarget, pill.getAttribute("data-pill"));
    });
  });

  document.querySelectorAll(".pill-target").forEach(function (input) {
    input.addEventListener("dragover", function (event) {
      if (event.dataTransfer.types.indexOf("application/x-recipe-pill") >= 0) {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        input.classList.add("drop-over");
      }
    });
    input.addEventListener("dragleave", function () { input.classList.remove("drop-over"); });
    input.addEventListener("drop", function (event) {
      var pill = event.dataTransfer.getData("application/x-recipe-pill");
      input.classList.remove("drop-over");
      if (pill) {
        event.preventDefault();
        lastTarget = input;
        insertPill(input, pill);
      }
    });
  });

  // ---- auto-map: the connector suggests the column mapping; the unmapped columns are listed ----
  function listed(title, items) {
    var block = document.createElement("div");
    var heading = document.createElement("p");
    heading.className = "hint";
    heading.textContent = title;
    block.appendChild(heading);
    var list = document.createElement("ul");
    items.forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      list.appendChild(item);
    });
    block.appendChild(list);
    return block;
  }

  function showSuggestion(box, answer) {
    var result = box.querySelector(".automap-result");
    result.textContent = "";
    if (answer.error) {
      var problem = document.createElement("p");
      problem.className = "problem";
      problem.textContent = "Auto-map: " + answer.error;
      result.appendChild(problem);
      return;
    }
    var target = document.getElementById(box.getAttribute("data-target"));
    if (target) {
      target.value = answer.mappingText;
      renderChips(target);
      target.dispatchEvent(new Event("change", { bubbles: true }));
    }
    var mapped = Object.keys(answer.mapping).length;
    var summary = document.createElement("p");
    summary.className = "ok automap-summary";
    summary.textContent = "Mapped " + mapped + " of " + answer.columns.length + " columns from " + answer.source + ".";
    result.appendChild(summary);
    var unmapped = result.appendChild(listed(
      answer.unmapped.length ? "Unmapped columns (" + answer.unmapped.length + "): no field or property matches them." : "Every column is mapped.",
      answer.unmapped));
    unmapped.className = "automap-unmapped";
    if (answer.conflicts.length) {
      result.appendChild(listed("Columns competing for one target:", answer.conflicts.map(function (c) {
        return c.target + ": " + c.columns.join(", ") + (c.chosen ? " (uses " + c.chosen + ")" : " (none used: map one yourself)");
      })));
    }
    say("Auto-map filled the column mapping of step " + (parseInt(box.getAttribute("data-index"), 10) + 1));
  }

  document.querySelectorAll(".automap").forEach(function (box) {
    box.querySelector(".automap-button").addEventListener("click", function () {
      track(1);
      post("/automap", {
        index: box.getAttribute("data-index"),
        header: box.querySelector(".automap-header").value
      }).then(function (response) {
        return response.json().then(function (answer) { showSuggestion(box, answer); });
      }).catch(function () {
        say("The studio did not answer: is it still running?");
      }).then(function () { track(-1); });
    });
  });

  // ---- actions dragged onto the steps, steps dragged to reorder ----
  document.querySelectorAll(".action-chip").forEach(function (chip) {
    chip.addEventListener("dragstart", function (event) {
      event.dataTransfer.setData("application/x-recipe-action", chip.getAttribute("data-action"));
      event.dataTransfer.setData("text/plain", chip.getAttribute("data-action"));
      event.dataTransfer.effectAllowed = "copy";
    });
    chip.addEventListener("click", function () {
      submit("/step/add", { action: chip.getAttribute("data-action") });
    });
  });
  document.querySelectorAll(".handle").forEach(function (handle) {
    handle.addEventListener("dragstart", function (event) {
      event.dataTransfer.setData("application/x-recipe-step", handle.getAttribute("data-index"));
      event.dataTransfer.effectAllowed = "move";
    });
  });
  document.querySelectorAll(".step, .drop-end").forEach(function (zone) {
    zone.addEventListener("dragover", function (event) {
      var types = event.dataTransfer.types;
      if (types.indexOf("application/x-recipe-action") >= 0 || types.indexOf("application/x-recipe-step") >= 0) {
        event.preventDefault();
        zone.classList.add("drop-over");
      }
    });
    zone.addEventListener("dragleave", function () { zone.classList.remove("drop-over"); });
    zone.addEventListener("drop", function (event) {
      zone.classList.remove("drop-over");
      var steps = document.querySelectorAll(".step").length;
      var position = zone.classList.contains("drop-end") ? steps : parseInt(zone.getAttribute("data-index"), 10);
      var action = event.dataTransfer.getData("application/x-recipe-action");
      var step = event.dataTransfer.getData("application/x-recipe-step");
      if (action) {
        event.preventDefault();
        submit("/step/add", { action: action, position: String(position) });
      } else if (step !== "") {
        event.preventDefault();
        submit("/step/move", { index: step, to: String(Math.min(position, steps - 1)) });
      }
    });
  });

  track(0);
  filterPills(Number.MAX_SAFE_INTEGER);
  var data = document.getElementById("problems-data");
  if (data) {
    showProblems(JSON.parse(data.getAttribute("data-problems")));
  }
})();
