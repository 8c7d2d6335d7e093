/* The timeline page: draws the events of the JSON block #timeline-data on a vis-timeline axis and
   shows one event's evidence beside it. Every text from the data is set with textContent, never as
   markup; in the app, details come from /api/events/{id}, in a saved file from the block itself. */
(function () {
  "use strict";
  var block = document.getElementById("timeline-data");
  if (!block) { return; }
  var data = JSON.parse(block.textContent);
  var DAY = 86400000;
  var OPEN = 30 * DAY; // how long an interval open on one side is drawn
  var QUADS = { "verbal-coop": "verbal cooperation", "material-coop": "material cooperation",
    "verbal-conflict": "verbal conflict", "material-conflict": "material conflict", other: "other" };
  var WORDS = { asserted: "happened", planned: "planned", hoped: "hoped for",
    negated: "did not happen", hypothetical: "hypothetical" };
  var server = data.mode !== "file";

  function day(iso) { return iso ? Date.parse(iso + "T00:00:00Z") : null; }
  function node(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function link(href, text) { var a = node("a", null, text); a.href = href; return a; }

  function toItem(it) {
    var s = day(it.start), e = day(it.end);
    var cls = "quad-" + it.quad + " mod-" + it.modality + (it.modality === "asserted" ? "" : " notasserted");
    var item = { id: it.id, label: it.label, className: cls, title: undefined };
    if (it.lane !== null && it.lane !== undefined) { item.group = it.lane; }
    if (s !== null && s === e) {
      item.type = "point"; item.start = s;
      return item;
    }
    if (s === null) { s = e + DAY - OPEN; item.className += " open-start"; }
    if (e === null) { e = s + OPEN - DAY; item.className += " open-end"; }
    item.type = "range"; item.start = s; item.end = e + DAY;
    var likely = day(it.likely);
    if (likely !== null && likely >= s && likely <= e) {
      var pct = ((likely + DAY / 2 - s) / (e + DAY - s) * 100).toFixed(2);
      // a numeric gradient computed here (CSSOM, allowed by the page's CSP), not text from the data
      item.style = "background-image: linear-gradient(to right, transparent calc(" + pct +
        "% - 2px), #111 calc(" + pct + "% - 2px), #111 calc(" + pct + "% + 2px), transparent calc(" +
        pct + "% + 2px))";
      item.className += " has-likely";
    }
    return item;
  }

  var all = data.items.map(toItem);
  var items = new vis.DataSet(all);
  var options = {
    stack: true, selectable: true, multiselect: false, showCurrentTime: false,
    orientation: { axis: "both", item: "top" }, zoomKey: "ctrlKey", horizontalScroll: false, verticalScroll: true,
    maxHeight: 560, minHeight: 160, zoomMin: 7 * DAY, margin: { item: { horizontal: 2, vertical: 4 } },
    moment: function (d) { return moment(d).utc(); },
    template: function (item) { return node("span", "label", item.label); },
    groupTemplate: function (group) {
      if (!group) { return node("span"); }
      var text = group.id + (group.count ? " (" + group.count + ")" : "");
      if (server && data.lane_kind === "dyad" && /^[A-Z]{3}-[A-Z]{3}$/.test(group.id)) {
        var a = link("/dyads/" + encodeURIComponent(group.id), text);
        a.className = "lane";
        return a;
      }
      return node("span", "lane", text);
    }
  };
  // the window opens on every drawn event, whatever the screen size
  if (all.length) {
    var lo = Math.min.apply(null, all.map(function (i) { return i.start; }));
    var hi = Math.max.apply(null, all.map(function (i) { return i.end || i.start; }));
    var pad = Math.max((hi - lo) * 0.03, 3 * DAY);
    options.start = lo - pad; options.end = hi + pad;
  }
  var container = document.getElementById("axis");
  var timeline;
  if (data.lanes && data.lanes.length) {
    var groups = new vis.DataSet(data.lanes.map(function (l) { return { id: l.id, count: l.count }; }));
    timeline = new vis.Timeline(container, items, groups, options);
  } else {
    timeline = new vis.Timeline(container, items, options);
  }
  container.setAttribute("data-ready", String(all.length));

  var details = document.getElementById("details");
  // on a phone the form would push the axis below the fold: folded there, one tap away
  var filterBox = document.getElementById("filter-box");
  if (filterBox && window.matchMedia("(max-width: 600px)").matches) { filterBox.open = false; }

  function marked(sentence, trigger) {
    var p = node("blockquote", "evidence");
    var at = trigger ? sentence.indexOf(trigger) : -1;
    if (at < 0) { p.textContent = sentence; return p; }
    p.appendChild(document.createTextNode(sentence.slice(0, at)));
    p.appendChild(node("mark", "trigger", trigger));
    p.appendChild(document.createTextNode(sentence.slice(at + trigger.length)));
    return p;
  }

  function dateWords(d) {
    if (!d.start && !d.end) { return "undated"; }
    if (d.start === d.end) { return d.start; }
    if (!d.end) { return "on or after " + d.start; }
    if (!d.start) { return "on or before " + d.end; }
    return "between " + d.start + " and " + d.end;
  }

  function render(ev) {
    details.textContent = "";
    var h = node("h2", null);
    h.appendChild(node("span", "tag quad-" + (ev.quad || "other"), ev.type));
    if (ev.mode) { h.appendChild(document.createTextNode(" " + ev.mode)); }
    details.appendChild(h);
    var kind = node("p", null, QUADS[ev.quad] || "");
    kind.appendChild(document.createTextNode(" · "));
    kind.appendChild(node("span", ev.modality === "asserted" ? null : "tag mod", WORDS[ev.modality] || ev.modality));
    details.appendChild(kind);
    var when = node("p", "when");
    when.appendChild(node("strong", null, dateWords(ev.date)));
    if (ev.date.likely) { when.appendChild(document.createTextNode(", most likely " + ev.date.likely)); }
    details.appendChild(when);
    if (ev.date.basis) { details.appendChild(node("p", "basis", "Dated by: " + ev.date.basis)); }
    var who = node("ul", "actors");
    ev.actors.forEach(function (a) {
      var li = node("li", null, a.name);
      var extra = [a.side, a.country, a.role, a.sector].filter(Boolean).join(" · ");
      if (extra) { li.appendChild(node("span", "muted", " — " + extra)); }
      who.appendChild(li);
    });
    details.appendChild(who);
    if (ev.location) { details.appendChild(node("p", null, "Where: " + ev.location.name)); }
    if (ev.topics && ev.topics.length) { details.appendChild(node("p", null, "Topics: " + ev.topics.join(", "))); }
    details.appendChild(node("h3", null, ev.mentions.length + " mention" + (ev.mentions.length === 1 ? "" : "s") +
      ", " + (ev.sources || 1) + " independent source" + ((ev.sources || 1) === 1 ? "" : "s")));
    ev.mentions.slice(0, 5).forEach(function (m) {
      details.appendChild(marked(m.sentence, m.trigger));
      var src = node("p", "source");
      var name = [m.outlet, m.title, m.published].filter(Boolean).join(" · ") || m.article;
      if (server) { src.appendChild(link("/articles/" + encodeURIComponent(m.article), name)); }
      else { src.textContent = name; }
      details.appendChild(src);
    });
    if (server) {
      var more = node("p", "more");
      more.appendChild(link("/events/" + encodeURIComponent(ev.id), "Open the event page"));
      details.appendChild(more);
    }
  }

  function show(id, push) {
    if (!id) { details.textContent = ""; return; }
    var done = function (ev) {
      ev.quad = (data.items.filter(function (i) { return i.id === ev.id; })[0] || {}).quad;
      render(ev);
    };
    if (server) {
      var get = function (url) {
        return fetch(url).then(function (r) {
          if (!r.ok) { throw new Error("no event " + id); }
          return r.json();
        });
      };
      var base = "/api/events/" + encodeURIComponent(id);
      Promise.all([get(base), get(base + "/mentions")]).then(function (both) {
        both[0].mentions = both[1]; // each with its article's outlet, title and publication date
        done(both[0]);
      }).catch(function (err) { details.textContent = String(err.message); });
    } else if (data.details && data.details[id]) {
      done(data.details[id]);
    }
    if (push && server) {
      var url = new URL(window.location.href);
      url.searchParams.set("event", id);
      window.history.pushState({ event: id }, "", url);
    }
  }

  function select(id, push) {
    if (items.get(id)) { timeline.setSelection([id], { focus: true, animation: false }); }
    show(id, push);
  }

  timeline.on("select", function (props) { if (props.items.length) { show(props.items[0], true); } });
  window.addEventListener("popstate", function () {
    var id = new URL(window.location.href).searchParams.get("event");
    if (id) { select(id, false); } else { timeline.setSelection([]); details.textContent = ""; }
  });
  var initial = new URL(window.location.href).searchParams.get("event");
  if (initial) { select(initial, false); }

  document.querySelectorAll("button.show-event").forEach(function (b) {
    b.addEventListener("click", function () { select(b.getAttribute("data-event"), true); details.focus(); });
  });
  document.getElementById("zoom-in").addEventListener("click", function () { timeline.zoomIn(0.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { timeline.zoomOut(0.5); });
  document.getElementById("zoom-fit").addEventListener("click", function () { timeline.fit({ animation: false }); });
  var hide = document.getElementById("hide-unasserted");
  hide.addEventListener("change", function () {
    items.clear();
    items.add(hide.checked ? all.filter(function (i) { return i.className.indexOf("notasserted") < 0; }) : all);
    document.querySelectorAll("tr[data-modality]").forEach(function (row) {
      row.hidden = hide.checked && row.getAttribute("data-modality") !== "asserted";
    });
  });
})();
