/* Netwerkkaart: the map's geometry, as pure functions (README.md). */
(function (global) {
  "use strict";
  var CENTRE = 0.16, LIMIT = 1.5, SCALE = 300, RADIUS = 15, GAP = 3, FILL = 0.75;

  function clamp(value) { return Math.max(-LIMIT, Math.min(LIMIT, Math.round(value * 10000) / 10000)); }

  function band(rings, ringId) {
    var count = rings.length, position = 0;
    for (; position < count; position += 1) { if (rings[position].id === ringId) { break; } }
    position = Math.min(position, count - 1);
    return [CENTRE + (1 - CENTRE) * position / count, CENTRE + (1 - CENTRE) * (position + 1) / count];
  }

  function ringAt(rings, x, y) {
    var count = rings.length;
    var position = Math.floor((Math.sqrt(x * x + y * y) - CENTRE) / (1 - CENTRE) * count);
    return rings[Math.max(0, Math.min(count - 1, position))].id;
  }

  function sectorSpan(sectors) { return sectors && sectors.length ? 360 / sectors.length : 0; }

  function sectorAt(sectors, x, y) {
    var span = sectorSpan(sectors);
    if (!span) { return null; }
    var degrees = (Math.atan2(y, x) * 180 / Math.PI + 90 + 720) % 360;
    return sectors[Math.min(sectors.length - 1, Math.floor(degrees / span))].id;
  }

  function sectorRange(sectors, sectorId) {
    var span = sectorSpan(sectors), list = sectors || [];
    for (var position = 0; position < list.length; position += 1) {
      if (list[position].id === sectorId) { return [-90 + span * position, -90 + span * (position + 1)]; }
    }
    return null;
  }

  function width(text) {
    for (var total = 0, index = 0; index < text.length; index += 1) {
      var char = text[index];
      total += /[mwMW@%…]/.test(char) ? 14 : /[ijlftI.,:;'!| ]/.test(char) ? 4 : /[A-ZÀ-Þ&+=<>]/.test(char) ? 11 :
        /[r()"\/[\]-]/.test(char) ? 5 : 8;
    }
    return total;
  }

  function lines(label, suffix) {
    var text = label.length > 28 ? label.slice(0, 27) + "…" : label, found = [text];
    for (var index = 0, longest = text.length > 12 ? text.length - 3 : 0; index < text.length; index += 1) {
      var most = Math.max(index, text.length - index - 1);
      if (text[index] === " " && most < longest) {
        found = [text.slice(0, index), text.slice(index + 1)];
        longest = most;
      }
    }
    found[found.length - 1] += suffix || "";
    return found;
  }

  function box(label, x, y, spread, radius, suffix) {
    var drawn = lines(label, suffix), unit = SCALE * (spread || 1);
    radius = radius || RADIUS;
    var half = (Math.max(radius * 1.2, (Math.max.apply(null, drawn.map(width)) + 8) / 2) + GAP) / unit;
    var bottom = (radius + 22 + 16 * (drawn.length - 1) + GAP) / unit;
    return [x - half, y - (radius * 1.2 + GAP) / unit, x + half, y + bottom];
  }

  function spread(config, actors) {
    var area = {}, most = 0;
    actors.forEach(function (actor) {
      var edges = box(actor.label, 0, 0), ring = band(config.rings, actor.ring);
      area[ring[0]] = (area[ring[0]] || 0) + (edges[2] - edges[0]) * (edges[3] - edges[1]);
      most = Math.max(most, area[ring[0]] / Math.PI / (ring[1] * ring[1] - ring[0] * ring[0]));
    });
    return Math.max(1, Math.ceil(Math.sqrt(most / FILL) * 10 - 1e-9) / 10);
  }

  function spots(config, ringId, sectorId, near) {
    var ring = band(config.rings, ringId), range = sectorRange(config.sectors, sectorId) || [-90, 270], found = [];
    var rows = Math.max(2, Math.round((ring[1] - ring[0]) / 0.02)), width = (range[1] - range[0]) * Math.PI / 180;
    for (var row = 0; row < rows; row += 1) {
      var radius = ring[0] + (ring[1] - ring[0]) * (row + 0.5) / rows, count = Math.ceil(width * radius / 0.025);
      for (var step = 0; step < count; step += 1) {
        var angle = range[0] * Math.PI / 180 + width * (step + 0.5) / count;
        found.push({ x: clamp(radius * Math.cos(angle)), y: clamp(radius * Math.sin(angle)) });
      }
    }
    var middle = (ring[0] + ring[1]) / 2, centre = range[0] * Math.PI / 180 + width / 2;
    near = near || { x: middle * Math.cos(centre), y: middle * Math.sin(centre) };
    return found.sort(function (one, two) {
      return Math.hypot(one.x - near.x, one.y - near.y) - Math.hypot(two.x - near.x, two.y - near.y);
    });
  }

  function place(config, others, actor, near, spread) {
    var boxes = others.filter(function (other) { return other.id !== actor.id; }).map(function (other) {
      return box(other.label, other.x, other.y, spread);
    });
    var best = null, fewest = Infinity;
    spots(config, actor.ring, actor.sector, near).some(function (spot) {
      var mine = box(actor.label, spot.x, spot.y, spread), count = boxes.filter(function (other) {
        return mine[0] < other[2] && other[0] < mine[2] && mine[1] < other[3] && other[1] < mine[3];
      }).length;
      if (count < fewest) { best = spot; fewest = count; }
      return !count;
    });
    return best;
  }

  function snap(config, actor) {
    var inSector = !actor.sector || sectorAt(config.sectors, actor.x, actor.y) === actor.sector;
    if (ringAt(config.rings, actor.x, actor.y) === actor.ring && inSector) { return; }
    var ring = band(config.rings, actor.ring), radius = Math.sqrt(actor.x * actor.x + actor.y * actor.y);
    var angle = Math.atan2(actor.y, actor.x), range = actor.sector ? sectorRange(config.sectors, actor.sector) : null;
    if (range && !inSector) { angle = (range[0] + range[1]) / 2 * Math.PI / 180; }
    if (radius < ring[0] || radius >= ring[1]) { radius = (ring[0] + ring[1]) / 2; }
    actor.x = clamp(radius * Math.cos(angle));
    actor.y = clamp(radius * Math.sin(angle));
  }

  var WeerbaarNetworkGeometry = {
    CENTRE: CENTRE, SCALE: SCALE, clamp: clamp, band: band, ringAt: ringAt, sectorSpan: sectorSpan,
    sectorAt: sectorAt, sectorRange: sectorRange, width: width, lines: lines, box: box, spread: spread, place: place,
    snap: snap
  };
  global.WeerbaarNetworkGeometry = WeerbaarNetworkGeometry;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarNetworkGeometry; }
})(typeof window !== "undefined" ? window : globalThis);
