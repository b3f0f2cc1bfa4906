// The static tasklist: lists the signed-in user's tasks, follows them live over
// /api/tasks/stream (Server-Sent Events) and offers claim, unclaim and complete.
// No framework: DOM nodes are built with textContent, never from HTML strings.
(function () {
  "use strict";

  var tasks = new Map();
  var me = null;
  var source = null;

  function $(id) {
    return document.getElementById(id);
  }

  function showStatus(text) {
    $("status").textContent = text || "";
  }

  function problemText(response) {
    return response.json().then(
      function (problem) { return problem.detail || problem.title || response.statusText; },
      function () { return response.status + " " + response.statusText; });
  }

  function act(task, action, body) {
    var url = "api/tasks/" + encodeURIComponent(task.id) + "/" + action +
      "?version=" + encodeURIComponent(task.version);
    var init = { method: "POST", headers: {} };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    showStatus("");
    return fetch(url, init).then(function (response) {
      if (!response.ok) {
        return problemText(response).then(function (text) { showStatus(action + ": " + text); });
      }
      showStatus(action + " of \u201c" + task.name + "\u201d accepted");
    });
  }

  function complete(task) {
    var text = window.prompt("Result of \u201c" + task.name + "\u201d as a JSON object", "{}");
    if (text === null) {
      return;
    }
    var payload;
    try {
      payload = JSON.parse(text);
    } catch (e) {
      showStatus("complete: not JSON: " + e.message);
      return;
    }
    act(task, "complete", payload);
  }

  function button(label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  function cell(row, text) {
    var td = document.createElement("td");
    td.textContent = text == null ? "" : String(text);
    row.appendChild(td);
    return td;
  }

  function render() {
    var body = $("tasks");
    body.replaceChildren();
    var list = Array.from(tasks.values()).sort(function (a, b) {
      return (b.createTime || "").localeCompare(a.createTime || "") || a.id.localeCompare(b.id);
    });
    if (list.length === 0) {
      var row = document.createElement("tr");
      var td = cell(row, "No tasks.");
      td.colSpan = 6;
      td.className = "empty";
      body.appendChild(row);
      return;
    }
    list.forEach(function (task) {
      var row = document.createElement("tr");
      cell(row, task.name);
      cell(row, task.processName);
      cell(row, task.assignee);
      cell(row, task.dueDate ? new Date(task.dueDate).toLocaleString() : "");
      cell(row, task.priority);
      var actions = cell(row, "");
      if (me && task.assignee === me.username) {
        actions.appendChild(button("Unclaim", function () { act(task, "unclaim"); }));
      } else {
        actions.appendChild(button("Claim", function () { act(task, "claim"); }));
      }
      actions.appendChild(button("Complete", function () { complete(task); }));
      body.appendChild(row);
    });
  }

  function follow() {
    if (source) {
      source.close();
    }
    var url = "api/tasks/stream?size=200&assignedToMe=" + $("assignedToMe").checked;
    source = new EventSource(url);
    source.addEventListener("initial", function (event) {
      tasks.clear();
      JSON.parse(event.data).items.forEach(function (task) { tasks.set(task.id, task); });
      $("live").textContent = "live";
      $("live").className = "on";
      render();
    });
    source.addEventListener("update", function (event) {
      var task = JSON.parse(event.data);
      tasks.set(task.id, task);
      render();
    });
    source.addEventListener("removed", function (event) {
      tasks.delete(JSON.parse(event.data).id);
      render();
    });
    source.onerror = function () {
      // EventSource reconnects by itself and then gets a fresh initial list
      $("live").textContent = "reconnecting";
      $("live").className = "";
    };
  }

  function start() {
    fetch("api/me").then(function (response) {
      if (!response.ok) {
        return problemText(response).then(showStatus);
      }
      return response.json().then(function (user) {
        me = user;
        $("user").textContent = user.username;
        follow();
      });
    }, function (error) { showStatus(error.message); });
  }

  $("assignedToMe").addEventListener("change", follow);
  start();
})();
