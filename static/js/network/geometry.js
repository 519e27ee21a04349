/* Netwerkkaart: the geometry of the map, as pure functions. A map point (x, y) is measured in units of the
 * outer ring's radius, the case sits inside CENTRE, and the rings share the rest of the radius equally. Sectors
 * split the circle into equal slices, clockwise from twelve o'clock. No DOM and no state here. */
(function (global) {
  "use strict";
  var CENTRE = 0.16, LIMIT = 1.5, TRIES = 24, NEAR = 0.13;

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

  function isFree(point, others, exceptId) {
    return others.every(function (actor) {
      return actor.id === exceptId || Math.abs(actor.x - point.x) + Math.abs(actor.y - point.y) > NEAR;
    });
  }

  /** A free spot in a ring (and sector): tries angles around the sector's middle, then the band's edges.
   * When nothing is free, the first spot tried. */
  function place(config, others, ringId, sectorId, exceptId) {
    var ring = band(config.rings, ringId), range = sectorRange(config.sectors, sectorId) || [-90, 270];
    var middle = (range[0] + range[1]) / 2, width = range[1] - range[0];
    var radii = [(ring[0] + ring[1]) / 2, ring[0] * 0.7 + ring[1] * 0.3, ring[0] * 0.3 + ring[1] * 0.7];
    var first = null;
    for (var radius = 0; radius < radii.length; radius += 1) {
      for (var step = 0; step < TRIES; step += 1) {
        var offset = (step % 2 ? 1 : -1) * Math.ceil(step / 2) * width / TRIES;
        var angle = (middle + offset) * Math.PI / 180;
        var point = { x: clamp(radii[radius] * Math.cos(angle)), y: clamp(radii[radius] * Math.sin(angle)) };
        if (isFree(point, others, exceptId)) { return point; }
        first = first || point;
      }
    }
    return first;
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
    sectorRange: sectorRange, place: place, snap: snap
  };
  global.WeerbaarNetworkGeometry = WeerbaarNetworkGeometry;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarNetworkGeometry; }
})(typeof window !== "undefined" ? window : globalThis);
