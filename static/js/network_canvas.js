/* Netwerkkaart: the SVG canvas. The case at the centre, concentric rings, optional sectors, actors as focusable
 * SVG groups, relations as lines whose colour and dash show the type, width the strength and arrow markers the
 * direction. Drag with pointer events (only the moved actor and its own lines are updated); on the keyboard an
 * actor is focused with Tab, moved with the arrow keys and R starts a relation. Zoom, pan and fit change the
 * viewBox. Labels are SVG text nodes (textContent), never markup. Styling sits in attributes so that the SVG
 * and PNG exports look like the screen. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkCanvas) { return; }
  var C = global.WeerbaarCommon;
  var gettext = WeerbaarCommon.t, ngettext = WeerbaarCommon.nt;
  var NS = "http://www.w3.org/2000/svg", S = 300, R = 15;
  var WIDTHS = { weak: 1.5, normal: 3, strong: 5.5 };
  var DASHES = { solid: null, dashed: "10 6", dotted: "1 6" };
  var counter = 0;

  function svg(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (attrs[key] !== null && attrs[key] !== undefined) { node.setAttribute(key, attrs[key]); }
    });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function text(parent, attrs, content) { var node = svg("text", attrs, parent); node.textContent = content; return node; }
  function short(label, max) { return label.length > max ? label.slice(0, max - 1) + "…" : label; }

  /** The outline of an actor type's shape around 0,0 with "radius" r. */
  function shape(kind, r, attrs, parent) {
    var h = r * 0.87;
    var d = {
      square: "M" + -h + "," + -h + "H" + h + "V" + h + "H" + -h + "Z",
      diamond: "M0," + -r * 1.2 + "L" + r * 1.2 + ",0L0," + r * 1.2 + "L" + -r * 1.2 + ",0Z",
      triangle: "M0," + -r * 1.2 + "L" + r * 1.1 + "," + r * 0.8 + "L" + -r * 1.1 + "," + r * 0.8 + "Z",
      hexagon: "M" + -r + ",0L" + -r / 2 + "," + -h + "H" + r / 2 + "L" + r + ",0L" + r / 2 + "," + h + "H" + -r / 2 + "Z"
    }[kind];
    return d ? svg("path", Object.assign({ d: d }, attrs), parent) : svg("circle", Object.assign({ r: r }, attrs), parent);
  }

  function wrap(label, width) {
    var lines = [], line = "";
    label.split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > width) { lines.push(line); line = word; } else { line = line ? line + " " + word : word; }
    });
    if (line) { lines.push(line); }
    return lines.slice(0, 4);
  }

  /** options: readOnly, label, describedBy, tools (element for the buttons), announce(text), onSelect(kind, id),
   *  onOpen(kind, id), scaleOf(actor), widthOf(relation), suffix(actor) */
  function Canvas(host, model, options) {
    this.host = host;
    this.model = model;
    this.options = options = options || {};
    this.readOnly = !!(options.readOnly || model.readOnly);
    this.uid = "wbnet-canvas-" + (counter += 1);
    this.actorEls = {};
    this.relationEls = {};
    this.offsets = {};
    this.selected = null;
    this.connecting = null;
    this.build();
    this.drawBackground();
    this.drawItems();
    this.fit();
    model.on(this.onChange.bind(this));
  }

  Canvas.prototype = {
    build: function () {
      var o = this.options;
      this.message = C.el("p", { className: "wb-net-canvas-message", "aria-hidden": "true" });
      this.svg = svg("svg", {
        "class": "wb-net-svg", xmlns: NS, role: this.readOnly ? "img" : "group", "aria-label": o.label || gettext("Network map"),
        "aria-describedby": o.describedBy, "font-family": "Arial, Helvetica, sans-serif", viewBox: "-360 -360 720 720"
      });
      if (!this.readOnly) { this.svg.setAttribute("tabindex", "-1"); }
      this.host.appendChild(this.svg);
      this.host.appendChild(this.message);
      this.defs = svg("defs", {}, this.svg);
      this.background = svg("g", {}, this.svg);
      this.relationLayer = svg("g", {}, this.svg);
      this.actorLayer = svg("g", {}, this.svg);
      this.listen();
      if (o.tools) { this.buildTools(o.tools); }
    },
    buildTools: function (host) {
      var self = this;
      function button(label, handler, extra) {
        var node = C.el("button", Object.assign({ type: "button", className: "wb-button wb-secondary", text: label, onclick: handler }, extra || {}));
        host.appendChild(node);
        return node;
      }
      if (!this.readOnly) {
        this.connectButton = button(gettext("Connect two actors"), function () { self.toggleConnect(); }, { "aria-pressed": "false" });
      }
      button(gettext("Zoom in"), function () { self.zoom(1.25); });
      button(gettext("Zoom out"), function () { self.zoom(0.8); });
      button(gettext("Fit to screen"), function () { self.fit(); });
    },
    say: function (message, visible) {
      if (visible !== false) { this.message.textContent = message; }
      if (this.options.announce) { this.options.announce(message); }
    },

    drawBackground: function () {
      var model = this.model, config = model.config, bg = this.background, self = this;
      bg.textContent = "";
      this.defs.textContent = "";
      this.markers = {};
      config.relation_types.forEach(function (kind, i) {
        var id = self.uid + "-m" + i;
        var marker = svg("marker", { id: id, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 4, markerHeight: 4, orient: "auto-start-reverse" }, self.defs);
        svg("path", { d: "M0,0L10,5L0,10Z", fill: kind.color }, marker);
        self.markers[kind.id] = "url(#" + id + ")";
      });
      var rings = config.rings, n = rings.length, centre = global.WeerbaarNetworkModel.CENTRE;
      for (var i = n - 1; i >= 0; i -= 1) {
        var outer = (centre + (1 - centre) * (i + 1) / n) * S;
        svg("circle", { r: outer, fill: i % 2 ? "#f7f9fc" : "#e9f0f8", stroke: "#767676", "stroke-width": 1 }, bg);
        text(bg, { x: 0, y: -outer + 13, "text-anchor": "middle", "font-size": 11, fill: "#333", stroke: "#fff", "stroke-width": 3, "paint-order": "stroke" }, short(rings[i].label, 40));
      }
      var sectors = config.sectors || [], span = model.sectorSpan();
      sectors.forEach(function (sector, index) {
        var start = (-90 + span * index) * Math.PI / 180, middle = (-90 + span * (index + 0.5)) * Math.PI / 180;
        svg("line", { x1: centre * S * Math.cos(start), y1: centre * S * Math.sin(start), x2: S * Math.cos(start), y2: S * Math.sin(start), stroke: "#8c8c8c", "stroke-dasharray": "4 4" }, bg);
        var cos = Math.cos(middle);
        text(bg, { x: 1.05 * S * cos, y: 1.05 * S * Math.sin(middle) + 4, "text-anchor": cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle", "font-size": 13, "font-weight": "bold", fill: "#333" }, short(sector.label, 30));
      });
      svg("circle", { r: centre * S, fill: "#fff4d6", stroke: "#7a4b00", "stroke-width": 2 }, bg);
      var lines = wrap(config.case_label || "", 14);
      lines.forEach(function (line, index) {
        text(bg, { x: 0, y: (index - (lines.length - 1) / 2) * 13 + 4, "text-anchor": "middle", "font-size": 11, "font-weight": "bold", fill: "#1b1b1b" }, line);
      });
    },
    drawItems: function () {
      var focused = document.activeElement, focusId = focused && focused.getAttribute && this.actorLayer.contains(focused) ? focused.getAttribute("data-id") : null;
      var self = this;
      this.relationLayer.textContent = this.actorLayer.textContent = "";
      this.actorEls = {};
      this.relationEls = {};
      this.model.actors().forEach(function (actor) { self.actorLayer.appendChild(self.makeActor(actor)); });
      this.drawRelations();
      if (focusId && this.actorEls[focusId]) { this.actorEls[focusId].focus({ preventScroll: true }); }
      if (this.selected) { this.select(this.selected.kind, this.selected.id, true); }
    },
    drawRelations: function () {
      var self = this, groups = {};
      this.relationLayer.textContent = "";
      this.relationEls = {};
      this.model.relations().forEach(function (relation) {
        var key = relation.source < relation.target ? relation.source + "|" + relation.target : relation.target + "|" + relation.source;
        (groups[key] = groups[key] || []).push(relation.id);
      });
      Object.keys(groups).forEach(function (key) {  // parallel relations between the same two actors side by side
        var ids = groups[key];
        ids.forEach(function (id, i) { self.offsets[id] = (i - (ids.length - 1) / 2) * 8; });
      });
      this.model.relations().forEach(function (relation) { self.relationLayer.appendChild(self.makeRelation(relation)); });
    },
    describe: function (actor) {
      var model = this.model, count = model.relationsOf(actor.id).length;
      var description = C.fmt(ngettext("{label}: {type}, ring {ring}, {count} relation", "{label}: {type}, ring {ring}, {count} relations", count),
        { label: actor.label, type: model.typeLabel(actor.type), ring: model.ringLabel(actor.ring), count: count });
      return actor.flags && actor.flags.length ? description + ". " + gettext("Check this actor.") : description;
    },
    makeActor: function (actor) {
      var kind = this.model.actorTypes[actor.type] || { shape: "circle", color: "#555555" };
      var scale = this.options.scaleOf ? this.options.scaleOf(actor) : 1, r = R * scale;
      var g = svg("g", { "class": "wb-net-actor", "data-id": actor.id, transform: "translate(" + actor.x * S + "," + actor.y * S + ")" });
      if (!this.readOnly) {
        g.setAttribute("tabindex", "0");
        g.setAttribute("role", "button");
        g.setAttribute("aria-label", this.describe(actor));
      }
      svg("circle", { "class": "wb-net-focus", r: r + 8, fill: "none", stroke: "#1b1b1b", "stroke-width": 3 }, g);
      svg("circle", { "class": "wb-net-mark", r: r + 8, fill: "none", stroke: "#b35c00", "stroke-width": 3, "stroke-dasharray": "5 3" }, g);
      shape(kind.shape, r, { fill: kind.color, stroke: "#ffffff", "stroke-width": 2 }, g);
      if (actor.flags && actor.flags.length) {
        svg("circle", { cx: r, cy: -r, r: 7, fill: "#8a4b00" }, g);
        text(g, { x: r, y: -r + 4, "text-anchor": "middle", "font-size": 11, "font-weight": "bold", fill: "#ffffff" }, "!");
      }
      var label = short(actor.label, 28) + (this.options.suffix ? this.options.suffix(actor) : "");
      text(g, { y: r + 15, "text-anchor": "middle", "font-size": 12, fill: "#1b1b1b", stroke: "#ffffff", "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke" }, label);
      text(svg("title", {}, g), {}, actor.label);
      this.actorEls[actor.id] = g;
      return g;
    },
    makeRelation: function (relation) {
      var kind = this.model.relationTypes[relation.type] || { line: "solid", color: "#555555" };
      var width = this.options.widthOf ? this.options.widthOf(relation) : WIDTHS[relation.strength] || 3;
      var g = svg("g", { "class": "wb-net-relation", "data-id": relation.id });
      var hit = svg("line", { "class": "wb-net-hit", stroke: "transparent", "stroke-width": Math.max(14, width + 8) }, g);
      var line = svg("line", {
        stroke: kind.color, "stroke-width": width, "stroke-dasharray": DASHES[kind.line], "stroke-linecap": kind.line === "dotted" ? "round" : "butt",
        "marker-end": relation.direction !== "none" ? this.markers[relation.type] : null,
        "marker-start": relation.direction === "both" ? this.markers[relation.type] : null
      }, g);
      svg("title", {}, g).textContent = this.model.relationText(relation);
      this.relationEls[relation.id] = { g: g, lines: [hit, line] };
      this.placeRelation(relation);
      return g;
    },
    placeActor: function (id) {
      var actor = this.model.actor(id), g = this.actorEls[id], self = this;
      if (!actor || !g) { return; }
      g.setAttribute("transform", "translate(" + actor.x * S + "," + actor.y * S + ")");
      this.model.relationsOf(id).forEach(function (relation) { self.placeRelation(relation); });
    },
    placeRelation: function (relation) {
      var els = this.relationEls[relation.id], a = this.model.actor(relation.source), b = this.model.actor(relation.target);
      if (!els || !a || !b) { return; }
      var ax = a.x * S, ay = a.y * S, bx = b.x * S, by = b.y * S, dx = bx - ax, dy = by - ay;
      var length = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / length, uy = dy / length, offset = this.offsets[relation.id] || 0;
      var ra = R * (this.options.scaleOf ? this.options.scaleOf(a) : 1) + 5, rb = R * (this.options.scaleOf ? this.options.scaleOf(b) : 1) + 5;
      if (length < ra + rb) { ra = rb = 0; }
      var coords = { x1: ax + ux * ra - uy * offset, y1: ay + uy * ra + ux * offset, x2: bx - ux * rb - uy * offset, y2: by - uy * rb + ux * offset };
      els.lines.forEach(function (line) { Object.keys(coords).forEach(function (key) { line.setAttribute(key, coords[key].toFixed(1)); }); });
    },
    onChange: function (event) {
      if (event.action === "move") { this.placeActor(event.id); return; }
      if (event.action === "config") { this.drawBackground(); }
      if (event.action === "update" && event.kind === "actor" && this.actorEls[event.id]) {
        var old = this.actorEls[event.id], hadFocus = document.activeElement === old;
        var fresh = this.makeActor(this.model.actor(event.id));
        this.actorLayer.replaceChild(fresh, old);
        this.placeActor(event.id);
        if (hadFocus) { fresh.focus({ preventScroll: true }); }
        if (this.selected && this.selected.id === event.id) { this.select("actor", event.id, true); }
        return;
      }
      if (event.action === "update" && event.kind === "relation") { this.drawRelations(); this.refreshLabels(); return; }
      if (event.action === "remove" && this.connecting === event.id) { this.cancelConnect(true); }
      this.drawItems();
    },
    refreshLabels: function () {
      var self = this;
      if (this.readOnly) { return; }
      this.model.actors().forEach(function (actor) { if (self.actorEls[actor.id]) { self.actorEls[actor.id].setAttribute("aria-label", self.describe(actor)); } });
    },

    select: function (kind, id, quiet) {
      var previous = this.svg.querySelectorAll(".is-selected");
      for (var i = 0; i < previous.length; i += 1) { previous[i].classList.remove("is-selected"); }
      this.selected = id ? { kind: kind, id: id } : null;
      var node = !id ? null : kind === "actor" ? this.actorEls[id] : this.relationEls[id] && this.relationEls[id].g;
      if (node) { node.classList.add("is-selected"); }
      if (!quiet && this.options.onSelect) { this.options.onSelect(kind, id); }
    },
    focusActor: function (id) {
      if (this.actorEls[id]) { this.actorEls[id].focus(); this.select("actor", id, true); }
    },
    toggleConnect: function () {
      if (this.connecting || this.connectArmed) { this.cancelConnect(); return; }
      if (this.selected && this.selected.kind === "actor") { this.startConnect(this.selected.id); return; }
      this.connectArmed = true;
      this.connectButton.setAttribute("aria-pressed", "true");
      this.say(gettext("Click the actor where the relation starts."));
    },
    startConnect: function (id) {
      this.connectArmed = false;
      this.connecting = id;
      if (this.connectButton) { this.connectButton.setAttribute("aria-pressed", "true"); }
      if (this.actorEls[id]) { this.actorEls[id].classList.add("is-source"); }
      this.say(C.fmt(gettext("Relation from {label}: now choose the other actor (click it, or press R or Enter on it). Escape cancels."), { label: this.model.actorLabel(id) }));
    },
    finishConnect: function (targetId) {
      var source = this.connecting;
      this.cancelConnect(true);
      var result = this.model.addRelation({ source: source, target: targetId });
      if (result.error) { this.say(result.error); } else { this.message.textContent = ""; this.select("relation", result.id); }
    },
    cancelConnect: function (quiet) {
      var marked = this.svg.querySelectorAll(".is-source");
      for (var i = 0; i < marked.length; i += 1) { marked[i].classList.remove("is-source"); }
      this.connecting = null;
      this.connectArmed = false;
      if (this.connectButton) { this.connectButton.setAttribute("aria-pressed", "false"); }
      if (!quiet) { this.say(gettext("No relation made.")); }
    },

    point: function (event) {
      var point = this.svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      return point.matrixTransform(this.svg.getScreenCTM().inverse());
    },
    listen: function () {
      var self = this, svgEl = this.svg;
      svgEl.addEventListener("pointerdown", function (event) {
        if (event.button !== 0) { return; }
        var actorEl = event.target.closest(".wb-net-actor"), relationEl = event.target.closest(".wb-net-relation");
        if (actorEl && !self.readOnly) {
          self.drag = { id: actorEl.getAttribute("data-id"), x: event.clientX, y: event.clientY, moved: false };
          svgEl.setPointerCapture(event.pointerId);
          event.preventDefault();
        } else if (relationEl) {
          self.select("relation", relationEl.getAttribute("data-id"));
        } else {
          self.pan = { x: event.clientX, y: event.clientY, box: self.box.slice() };
          svgEl.setPointerCapture(event.pointerId);
        }
      });
      svgEl.addEventListener("pointermove", function (event) {
        var drag = self.drag;
        if (drag) {
          if (!drag.moved && Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) < 4) { return; }
          if (!drag.moved) { drag.moved = true; self.model.beginMove(drag.id); }
          drag.point = self.point(event);
          if (!drag.frame) {
            drag.frame = global.requestAnimationFrame(function () {
              drag.frame = null;
              self.model.moveActor(drag.id, drag.point.x / S, drag.point.y / S);
            });
          }
        } else if (self.pan) {
          var ratio = self.box[2] / (svgEl.clientWidth || 1);
          self.setBox([self.pan.box[0] - (event.clientX - self.pan.x) * ratio, self.pan.box[1] - (event.clientY - self.pan.y) * ratio, self.box[2], self.box[3]]);
        }
      });
      function end(event) {
        var drag = self.drag;
        self.drag = null;
        self.pan = null;
        if (!drag) { return; }
        if (drag.moved) {
          if (drag.frame) { global.cancelAnimationFrame(drag.frame); }
          if (drag.point && event.type !== "pointercancel") { self.model.moveActor(drag.id, drag.point.x / S, drag.point.y / S); }
          self.model.endMove(drag.id);
        } else if (event.type === "pointerup") {
          self.activate(drag.id);
        }
      }
      svgEl.addEventListener("pointerup", end);
      svgEl.addEventListener("pointercancel", end);
      svgEl.addEventListener("wheel", function (event) {
        if (!event.ctrlKey && !event.metaKey) { return; }
        event.preventDefault();
        var p = self.point(event);
        self.zoom(event.deltaY < 0 ? 1.15 : 0.87, p.x, p.y);
      }, { passive: false });
      svgEl.addEventListener("keydown", function (event) { self.key(event); });
      svgEl.addEventListener("keyup", function (event) {
        if (event.key.indexOf("Arrow") === 0 && self.keyMove) {
          global.clearTimeout(self.keyMove.timer);
          var id = self.keyMove.id;
          self.keyMove.timer = global.setTimeout(function () { self.keyMove = null; self.model.endMove(id); }, 600);
        }
      });
      svgEl.addEventListener("focusin", function (event) {
        var actorEl = event.target.closest && event.target.closest(".wb-net-actor");
        if (actorEl) { self.select("actor", actorEl.getAttribute("data-id")); }
      });
    },
    activate: function (id) {
      if (this.connecting) { this.finishConnect(id); return; }
      if (this.connectArmed) { this.startConnect(id); return; }
      this.select("actor", id);
      if (this.actorEls[id]) { this.actorEls[id].focus({ preventScroll: true }); }
    },
    key: function (event) {
      var actorEl = event.target.closest && event.target.closest(".wb-net-actor");
      if (!actorEl || this.readOnly) { return; }
      var id = actorEl.getAttribute("data-id"), key = event.key, actor = this.model.actor(id);
      var steps = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      if (steps[key]) {
        var step = event.shiftKey ? 0.08 : 0.02;
        if (!this.keyMove || this.keyMove.id !== id) {
          if (this.keyMove) { global.clearTimeout(this.keyMove.timer); this.model.endMove(this.keyMove.id); }
          this.keyMove = { id: id };
          this.model.beginMove(id);
        }
        global.clearTimeout(this.keyMove.timer);
        this.model.moveActor(id, actor.x + steps[key][0] * step, actor.y + steps[key][1] * step);
      } else if (key === "r" || key === "R") {
        if (this.connecting && this.connecting !== id) { this.finishConnect(id); } else if (!this.connecting) { this.startConnect(id); }
      } else if (key === "Enter" || key === " ") {
        if (this.connecting && this.connecting !== id) { this.finishConnect(id); }
        else if (!this.connecting && this.options.onOpen) { this.options.onOpen("actor", id); }
      } else if (key === "Escape") {
        if (!this.connecting && !this.connectArmed) { return; }
        this.cancelConnect();
      } else if (key === "Delete" || key === "Backspace") {
        var next = actorEl.nextElementSibling || actorEl.previousElementSibling, nextId = next && next.getAttribute("data-id");
        this.model.removeActor(id);
        if (nextId && this.actorEls[nextId]) { this.actorEls[nextId].focus(); } else { this.svg.focus(); }
      } else { return; }
      event.preventDefault();
    },

    setBox: function (box) {
      this.box = box;
      this.svg.setAttribute("viewBox", box.map(function (n) { return n.toFixed(1); }).join(" "));
    },
    zoom: function (factor, cx, cy) {
      var box = this.box, width = Math.max(150, Math.min(3000, box[2] / factor)), height = width * box[3] / box[2];
      cx = cx === undefined ? box[0] + box[2] / 2 : cx;
      cy = cy === undefined ? box[1] + box[3] / 2 : cy;
      var fx = (cx - box[0]) / box[2], fy = (cy - box[1]) / box[3];
      this.setBox([cx - fx * width, cy - fy * height, width, height]);
    },
    bounds: function () {
      var extent = S * 1.12 + 50;
      this.model.actors().forEach(function (actor) { extent = Math.max(extent, Math.abs(actor.x) * S + 70, Math.abs(actor.y) * S + 45); });
      return [-extent, -extent, 2 * extent, 2 * extent];
    },
    fit: function () { this.setBox(this.bounds()); },

    exportSvg: function () {
      var copy = this.svg.cloneNode(true), box = this.bounds();
      ["wb-net-focus", "wb-net-mark"].forEach(function (name) {
        var nodes = copy.querySelectorAll("." + name);
        for (var i = 0; i < nodes.length; i += 1) { nodes[i].parentNode.removeChild(nodes[i]); }
      });
      copy.setAttribute("viewBox", box.join(" "));
      copy.setAttribute("width", Math.round(box[2]));
      copy.setAttribute("height", Math.round(box[3]));
      copy.insertBefore(svg("rect", { x: box[0], y: box[1], width: box[2], height: box[3], fill: "#ffffff" }), copy.firstChild);
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + new XMLSerializer().serializeToString(copy);
    },
    exportPng: function (callback) {
      var source = this.exportSvg(), box = this.bounds(), image = new Image();
      var url = URL.createObjectURL(new Blob([source], { type: "image/svg+xml" }));
      image.onload = function () {
        var canvas = document.createElement("canvas");
        canvas.width = Math.round(box[2] * 2);
        canvas.height = Math.round(box[3] * 2);
        var context = canvas.getContext("2d");
        context.scale(2, 2);
        context.drawImage(image, 0, 0);
        URL.revokeObjectURL(url);
        canvas.toBlob(callback, "image/png");
      };
      image.onerror = function () { URL.revokeObjectURL(url); callback(null); };
      image.src = url;
    }
  };

  Canvas.shape = shape;
  Canvas.WIDTHS = WIDTHS;
  Canvas.DASHES = DASHES;
  Canvas.SCALE = S;
  global.WeerbaarNetworkCanvas = Canvas;
})(window);
