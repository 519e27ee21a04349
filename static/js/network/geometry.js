/* Netwerkkaart: the map's geometry, as pure functions (README.md). */
(function (global) {
  "use strict";
  var CENTRE = 0.16, LIMIT = 1.5, RADIUS = 0.05, CHAR = 7 / 300, LABEL = 0.07, GAP = 0.01;

  /** Round to four decimals and keep within the drawing's limits. */
  function clamp(value) { return Math.max(-LIMIT, Math.min(LIMIT, Math.round(value * 10000) / 10000)); }

  /** [inner, outer] radius of a ring (an unknown ring counts as the outermost). */
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

  /** Degrees per sector; 0 when the activity has no sectors. */
  function sectorSpan(sectors) { return sectors && sectors.length ? 360 / sectors.length : 0; }

  function sectorAt(sectors, x, y) {
    var span = sectorSpan(sectors);
    if (!span) { return null; }
    var degrees = (Math.atan2(y, x) * 180 / Math.PI + 90 + 720) % 360;
    return sectors[Math.min(sectors.length - 1, Math.floor(degrees / span))].id;
  }

  /** [start, end] angle of a sector in degrees (0 is three o'clock), or null for no such sector. */
  function sectorRange(sectors, sectorId) {
    var span = sectorSpan(sectors), list = sectors || [];
    for (var position = 0; position < list.length; position += 1) {
      if (list[position].id === sectorId) { return [-90 + span * position, -90 + span * (position + 1)]; }
    }
    return null;
  }

  /** The box [left, top, right, bottom] an actor and its label below take at (x, y), with a margin. The sizes
   * follow drawing.js (radius 15 and 14-unit labels of at most 28 characters on a 300-unit ring); layout.py
   * on the server uses the same box. */
  function box(label, x, y) {
    var half = Math.max(RADIUS * 1.2, (Math.min(label.length, 28) * CHAR + 0.03) / 2) + GAP;
    return [x - half, y - RADIUS * 1.2 - GAP, x + half, y + RADIUS + LABEL + GAP];
  }

  /** The candidate spots of a ring (and sector), nearest to "near" first (the middle of the cell by default). */
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

  /** A spot in the actor's ring and sector where it and its label overlap no other actor or label, nearest to
   * "near"; when the cell is full, the spot with the fewest overlaps. */
  function place(config, others, actor, near) {
    var boxes = others.filter(function (other) { return other.id !== actor.id; }).map(function (other) {
      return box(other.label, other.x, other.y);
    });
    var best = null, fewest = Infinity;
    spots(config, actor.ring, actor.sector, near).some(function (spot) {
      var mine = box(actor.label, spot.x, spot.y), count = boxes.filter(function (other) {
        return mine[0] < other[2] && other[0] < mine[2] && mine[1] < other[3] && other[1] < mine[3];
      }).length;
      if (count < fewest) { best = spot; fewest = count; }
      return !count;
    });
    return best;
  }

  /** Move an actor back inside its ring's band and sector (the content may have changed since it was placed). */
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
    CENTRE: CENTRE, clamp: clamp, band: band, ringAt: ringAt, sectorSpan: sectorSpan, sectorAt: sectorAt,
    sectorRange: sectorRange, box: box, place: place, snap: snap
  };
  global.WeerbaarNetworkGeometry = WeerbaarNetworkGeometry;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarNetworkGeometry; }
})(typeof window !== "undefined" ? window : globalThis);
