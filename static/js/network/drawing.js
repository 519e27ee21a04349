/* Netwerkkaart: the SVG pieces of the map (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkDrawing) { return; }
  var Geometry = global.WeerbaarNetworkGeometry, NS = "http://www.w3.org/2000/svg", SCALE = Geometry.SCALE, RADIUS = 15;
  var WIDTHS = { weak: 1.5, normal: 3, strong: 5.5 };
  var DASHES = { solid: null, dashed: "10 6", dotted: "1 6" };
  var HALO = { stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" };

  function svg(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (attrs[key] !== null && attrs[key] !== undefined) { node.setAttribute(key, attrs[key]); }
    });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function text(parent, attrs, content) {
    var node = svg("text", attrs, parent);
    node.textContent = content;
    return node;
  }
  function short(label, max) { return label.length > max ? label.slice(0, max - 1) + "…" : label; }

  function shape(kind, size, attrs, parent) {
    var half = size * 0.87, big = size * 1.2;
    var outline = {
      square: "M" + -half + "," + -half + "H" + half + "V" + half + "H" + -half + "Z",
      diamond: "M0," + -big + "L" + big + ",0L0," + big + "L" + -big + ",0Z",
      triangle: "M0," + -big + "L" + size * 1.1 + "," + size * 0.8 + "L" + -size * 1.1 + "," + size * 0.8 + "Z",
      hexagon: "M" + -size + ",0L" + -size / 2 + "," + -half + "H" + size / 2 + "L" + size + ",0L" + size / 2 +
        "," + half + "H" + -size / 2 + "Z"
    }[kind];
    if (!outline) { return svg("circle", Object.assign({ r: size }, attrs), parent); }
    return svg("path", Object.assign({ d: outline }, attrs), parent);
  }

  function wrap(label, width) {
    var lines = [], line = "";
    label.split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > width) { lines.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    if (line) { lines.push(line); }
    return lines.slice(0, 4);
  }

  function markers(defs, relationTypes, uid) {
    var found = {};
    relationTypes.forEach(function (kind, position) {
      var id = uid + "-m" + position;
      var marker = svg("marker", { id: id, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 4, markerHeight: 4,
        orient: "auto-start-reverse" }, defs);
      svg("path", { d: "M0,0L10,5L0,10Z", fill: kind.color }, marker);
      found[kind.id] = "url(#" + id + ")";
    });
    return found;
  }

  function rings(layer, list, centre, scale) {
    for (var position = list.length - 1; position >= 0; position -= 1) {
      var outer = (centre + (1 - centre) * (position + 1) / list.length) * scale;
      svg("circle", { r: outer, fill: position % 2 ? "#f7f9fc" : "#e9f0f8", stroke: "#767676", "stroke-width": 1 },
        layer);
      text(layer, Object.assign({ x: 0, y: -outer + 16, "text-anchor": "middle", "font-size": 14, fill: "#333" }, HALO),
        short(list[position].label, 40));
    }
  }

  function sectors(layer, list, span, centre, scale) {
    list.forEach(function (sector, position) {
      var start = (-90 + span * position) * Math.PI / 180, middle = (-90 + span * (position + 0.5)) * Math.PI / 180;
      svg("line", { x1: centre * scale * Math.cos(start), y1: centre * scale * Math.sin(start),
        x2: scale * Math.cos(start), y2: scale * Math.sin(start), stroke: "#8c8c8c", "stroke-dasharray": "4 4" },
      layer);
      var cos = Math.cos(middle), anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
      var lines = wrap(short(sector.label, 40), 16);  // narrow lines: the map's width is the canvas's limit
      lines.forEach(function (line, index) {
        var y = 1.05 * scale * Math.sin(middle) + 4 + 17 * (index - (lines.length - 1) / 2);
        text(layer, { x: 1.05 * scale * cos, y: y, "text-anchor": anchor, "font-size": 15, "font-weight": "bold",
          fill: "#333" }, line);
      });
    });
  }

  function background(layer, model) {
    var config = model.config, centre = Geometry.CENTRE, scale = SCALE * model.spread;
    layer.textContent = "";
    rings(layer, config.rings, centre, scale);
    sectors(layer, config.sectors || [], model.sectorSpan(), centre, scale);
    svg("circle", { r: centre * scale, fill: "#fff4d6", stroke: "#7a4b00", "stroke-width": 2 }, layer);
    var lines = wrap(config.case_label || "", 12);
    lines.forEach(function (line, position) {
      text(layer, { x: 0, y: (position - (lines.length - 1) / 2) * 15 + 5, "text-anchor": "middle", "font-size": 14,
        "font-weight": "bold", fill: "#1b1b1b" }, line);
    });
  }

  function actor(item, kind, size, label) {
    var group = svg("g", { "class": "wb-net-actor", "data-id": item.id });
    svg("circle", { "class": "wb-net-focus", r: size + 8, fill: "none", stroke: "#1b1b1b", "stroke-width": 3 }, group);
    svg("circle", { "class": "wb-net-mark", r: size + 8, fill: "none", stroke: "#b35c00", "stroke-width": 3,
      "stroke-dasharray": "5 3" }, group);
    shape(kind.shape, size, { fill: kind.color, stroke: "#ffffff", "stroke-width": 2 }, group);
    if (item.flags && item.flags.length) {
      svg("circle", { cx: size, cy: -size, r: 7, fill: "#8a4b00" }, group);
      text(group, { x: size, y: -size + 4, "text-anchor": "middle", "font-size": 11, "font-weight": "bold",
        fill: "#ffffff" }, "!");
    }
    var width = Math.max.apply(null, label.map(Geometry.width)) + 8;
    svg("rect", { x: -width / 2, y: size + 3, width: width, height: 3 + 16 * label.length, rx: 4, fill: "#fff",
      "fill-opacity": 0.9 }, group);
    label.forEach(function (line, index) {
      text(group, { y: size + 17 + 16 * index, "text-anchor": "middle", "font-size": 14, fill: "#1b1b1b" }, line);
    });
    text(svg("title", {}, group), {}, item.label);
    return group;
  }

  function relation(item, kind, width, marker, title) {
    var group = svg("g", { "class": "wb-net-relation", "data-id": item.id });
    var hit = svg("line", { "class": "wb-net-hit", stroke: "transparent", "stroke-width": Math.max(14, width + 8) },
      group);
    var line = svg("line", {
      stroke: kind.color, "stroke-width": width, "stroke-dasharray": DASHES[kind.line],
      "stroke-linecap": kind.line === "dotted" ? "round" : "butt",
      "marker-end": item.direction !== "none" ? marker : null,
      "marker-start": item.direction === "both" ? marker : null
    }, group);
    svg("title", {}, group).textContent = title;
    return { g: group, lines: [hit, line] };
  }

  global.WeerbaarNetworkDrawing = {
    NS: NS, SCALE: SCALE, RADIUS: RADIUS, WIDTHS: WIDTHS, DASHES: DASHES, svg: svg, short: short, shape: shape,
    markers: markers, background: background, actor: actor, relation: relation
  };
})(window);
