// matcha's web UI: a little vanilla JS on top of server-rendered pages (no library, no build).
// - [data-run] buttons POST to an /api/…/async endpoint, then follow the job's events
//   (/api/jobs/{id}/events) with a live progress bar, and re-load the regions named in
//   data-refresh from the server when the job succeeds;
// - [data-live] regions are replaced by the HTML fragments their SSE stream sends;
// - [data-retry] buttons queue a failed job again;
// - on a position's pipeline board, [data-drag] cards may be dropped on another stage's column
//   (PATCH /api/applications/{id}); their buttons do the same without a mouse.
"use strict";

(() => {
  const API_HEADERS = { "X-Requested-With": "matcha", Accept: "application/json" };

  async function post(url) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: API_HEADERS,
    });
    let body = {};
    try {
      body = await response.json();
    } catch (_) {
      body = {};
    }
    return [response, body];
  }

  function toLogin() {
    window.location.assign("/ui/login?next=" + encodeURIComponent(location.pathname));
  }

  function problem(response, body) {
    if (body && typeof body.detail === "string") return body.detail;
    return "The server answered " + response.status + ": try again.";
  }

  // Swap the elements with these ids for their new version from the server.
  async function refresh(ids) {
    const names = (ids || "").split(/\s+/).filter(Boolean);
    if (!names.length) return;
    const response = await fetch(location.href, { credentials: "same-origin" });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    for (const id of names) {
      const fresh = page.getElementById(id);
      const old = document.getElementById(id);
      if (fresh && old) old.replaceWith(document.importNode(fresh, true));
    }
  }

  function describe(job) {
    const { done, total } = job.progress;
    const steps = total > 1 ? " " + done + " of " + total : "";
    if (job.status === "queued") return "Queued…";
    if (job.status === "running") return "Running…" + steps;
    if (job.status === "succeeded") return "Done" + (total > 1 ? ": " + total + " of " + total : "") + ".";
    return "Failed.";
  }

  function follow(box, jobId) {
    const progress = box.querySelector(".job-progress");
    const bar = progress.querySelector("progress");
    const text = progress.querySelector(".job-text");
    const button = box.querySelector("[data-run]");
    const error = box.querySelector(".job-error");
    progress.hidden = false;
    progress.dataset.job = jobId;
    box.dataset.state = "queued";
    if (button) button.disabled = true;
    const events = new EventSource("/api/jobs/" + encodeURIComponent(jobId) + "/events");
    const finish = () => {
      events.close();
      if (button) button.disabled = false;
    };
    const update = async (message) => {
      const job = JSON.parse(message.data);
      bar.max = Math.max(job.progress.total, 1);
      bar.value = Math.min(job.progress.done, bar.max);
      text.textContent = describe(job);
      box.dataset.state = job.status;
      if (job.status === "succeeded") {
        finish();
        bar.value = bar.max;
        await refresh(box.dataset.refresh);
        box.dataset.state = "done";
      } else if (job.status === "failed") {
        finish();
        error.textContent = "The job failed: " + (job.error || job.error_code || "no reason given");
        error.hidden = false;
      }
    };
    for (const status of ["queued", "running", "succeeded", "failed"]) {
      events.addEventListener(status, update);
    }
    events.addEventListener("timeout", () => {
      finish();
      text.textContent = "Still running: reload the page later to see the result.";
    });
  }

  async function run(button) {
    const box = button.closest("[data-runner]");
    const error = box.querySelector(".job-error");
    error.hidden = true;
    button.disabled = true;
    try {
      const [response, body] = await post(button.dataset.run);
      if (response.status === 401) return toLogin();
      if (!response.ok) {
        error.textContent = problem(response, body);
        error.hidden = false;
        button.disabled = false;
        return;
      }
      follow(box, body.job_id);
    } catch (_) {
      error.textContent = "The server could not be reached: check the connection and try again.";
      error.hidden = false;
      button.disabled = false;
    }
  }

  async function retry(button) {
    const status = document.getElementById("retry-status");
    button.disabled = true;
    try {
      const [response, body] = await post("/api/jobs/" + encodeURIComponent(button.dataset.retry) + "/retry");
      if (response.status === 401) return toLogin();
      if (status) {
        status.hidden = false;
        status.className = response.ok ? "notice" : "alert";
        status.textContent = response.ok
          ? "Queued again as a new job (" + body.kind.replace(/_/g, " ") + ")."
          : "Not retried: " + problem(response, body);
      }
    } catch (_) {
      if (status) {
        status.hidden = false;
        status.className = "alert";
        status.textContent = "The server could not be reached: try again.";
      }
    } finally {
      button.disabled = false;
    }
  }

  function live(region) {
    let last = null;
    const events = new EventSource(region.dataset.live);
    events.addEventListener("fragment", (message) => {
      if (message.data === last) return;
      last = message.data;
      const focused = document.activeElement;
      const focusId = focused && region.contains(focused) ? focused.id : "";
      region.innerHTML = message.data;
      region.dataset.updated = String(Date.now());
      if (focusId) {
        const again = document.getElementById(focusId);
        if (again) again.focus();
      }
    });
  }

  // Drag and drop on the pipeline board: a convenience beside each card's move buttons.
  document.addEventListener("dragstart", (event) => {
    const card = event.target.closest && event.target.closest("[data-drag]");
    if (!card) return;
    event.dataTransfer.setData("text/plain", card.dataset.application);
    event.dataTransfer.effectAllowed = "move";
  });

  function dropColumn(event) {
    return event.target.closest && event.target.closest("[data-drop-stage]");
  }

  document.addEventListener("dragover", (event) => {
    if (dropColumn(event)) event.preventDefault();
  });

  document.addEventListener("drop", async (event) => {
    const column = dropColumn(event);
    if (!column) return;
    event.preventDefault();
    const id = event.dataTransfer.getData("text/plain");
    const card = document.querySelector('[data-drag][data-application="' + CSS.escape(id) + '"]');
    if (!card || card.closest("[data-drop-stage]") === column) return;
    const status = document.getElementById("board-status");
    try {
      const response = await fetch("/api/applications/" + encodeURIComponent(id), {
        method: "PATCH",
        credentials: "same-origin",
        headers: { ...API_HEADERS, "Content-Type": "application/json" },
        body: JSON.stringify({ stage: column.dataset.dropStage }),
      });
      if (response.status === 401) return toLogin();
      if (!response.ok) {
        let body = {};
        try {
          body = await response.json();
        } catch (_) {
          body = {};
        }
        status.textContent = "Not moved: " + problem(response, body);
        status.hidden = false;
        return;
      }
      window.location.assign(location.pathname + "?application=" + encodeURIComponent(id) + "#app-panel");
    } catch (_) {
      status.textContent = "The server could not be reached: try again.";
      status.hidden = false;
    }
  });

  document.addEventListener("click", (event) => {
    const runButton = event.target.closest("[data-run]");
    if (runButton) run(runButton);
    const retryButton = event.target.closest("[data-retry]");
    if (retryButton) retry(retryButton);
  });

  // Bulk résumé upload: the chosen files go to the API a few at a time, with a progress bar.
  const BATCH = 5;
  async function bulkUpload(form) {
    const input = form.querySelector("input[type=file]");
    const files = Array.from(input.files || []);
    const status = form.querySelector(".bulk-status");
    const bar = status.querySelector("progress");
    const text = status.querySelector(".bulk-text");
    const list = status.querySelector(".bulk-results");
    if (!files.length) {
      status.hidden = false;
      text.textContent = "Choose one or more résumé files first.";
      return;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    status.hidden = false;
    list.replaceChildren();
    bar.max = files.length;
    bar.value = 0;
    let created = 0;
    let failed = 0;
    for (let i = 0; i < files.length; i += BATCH) {
      const data = new FormData();
      for (const file of files.slice(i, i + BATCH)) data.append("files", file);
      text.textContent = "Uploading " + Math.min(i + BATCH, files.length) + " of " + files.length + "…";
      const response = await fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        headers: API_HEADERS,
        body: data,
      });
      if (response.status === 401) return toLogin();
      let body = {};
      try {
        body = await response.json();
      } catch (_) {
        body = {};
      }
      if (!response.ok) {
        failed += Math.min(BATCH, files.length - i);
        addLine(list, "Files " + (i + 1) + "–" + Math.min(i + BATCH, files.length) + ": " + problem(response, body), null);
      } else {
        for (const c of body.created || []) {
          created += 1;
          addLine(list, c.name, "/ui/candidates/" + c.id);
        }
        for (const e of body.errors || []) {
          failed += 1;
          addLine(list, e.filename + ": " + e.detail, e.existing_id ? "/ui/candidates/" + e.existing_id : null);
        }
      }
      bar.value = Math.min(i + BATCH, files.length);
    }
    text.textContent = "Done: " + created + " added, " + failed + " not added.";
    button.disabled = false;
  }

  function addLine(list, words, href) {
    const item = document.createElement("li");
    if (href) {
      const link = document.createElement("a");
      link.href = href;
      link.textContent = words;
      item.append(link);
    } else {
      item.textContent = words;
    }
    list.append(item);
  }

  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form[data-bulk]");
    if (!form) return;
    event.preventDefault();
    bulkUpload(form);
  });

  function start() {
    for (const region of document.querySelectorAll("[data-live]")) live(region);
    for (const progress of document.querySelectorAll("[data-runner] .job-progress[data-job]")) {
      if (progress.dataset.job) follow(progress.closest("[data-runner]"), progress.dataset.job);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
