// The Netwerkkaart's geometry in the browser (geometry.js): label lines, widths, boxes and the spread of a crowded
// map, with the same figures as the server's rules/layout.py (tests/network/test_layout.py), and a tidy map of 60
// actors with realistic names without overlaps.
"use strict";
const test = require("node:test");
const assert = require("node:assert");

const Geometry = require("../../static/js/network/geometry.js");
const Model = require("../../static/js/network/model.js");

const PLACES = ["Wijkagent", "Huisarts", "Wijkteam", "Buurthuis", "Jongerenwerk", "Zorgaanbieder", "Woonstichting",
  "Schuldhulp", "Apotheek", "Thuiszorg", "Voedselbank", "Moskee", "Sportclub", "Basisschool", "Werkgever"];
const NAMES = [].concat(...["Noord", "Zuid", "Oost", "Centrum"].map((part) => PLACES.map((place) => place + " " + part)));

test("labels longer than 12 characters split into two balanced lines, as on the server", () => {
  assert.deepStrictEqual(Geometry.lines("Wijkteam"), ["Wijkteam"]);
  assert.deepStrictEqual(Geometry.lines("Zorgaanbieder Z"), ["Zorgaanbieder Z"]);
  assert.deepStrictEqual(Geometry.lines("Wijkagent Noord"), ["Wijkagent", "Noord"]);
  assert.deepStrictEqual(Geometry.lines("Afdeling inkoop en contractmanagement"), ["Afdeling inkoop", "en contract…"]);
  assert.deepStrictEqual(Geometry.lines("Woningcorporatie", " (12)"), ["Woningcorporatie (12)"]);
});

test("widths bound Arial's at 14 px and boxes match the server's", () => {
  assert.strictEqual(Geometry.width("W") + Geometry.width("m") + Geometry.width("i"), 14 + 14 + 4);
  assert.strictEqual(Geometry.width("Ce0"), 11 + 8 + 8);
  assert.strictEqual(Geometry.width("r()\"/[]-"), 40);
  const round = (box) => box.map((value) => value.toFixed(6));
  assert.deepStrictEqual(round(Geometry.box("Wijkagent Noord", 0, 0, 1.2)),
    round([-0.1111111111111111, -0.058333333333333334, 0.1111111111111111, 0.15555555555555556]));
  assert.deepStrictEqual(round(Geometry.box("Zorgaanbieder Z", 0, 0, 1.2)),
    round([-0.175, -0.058333333333333334, 0.175, 0.1111111111111111]));
});

function crowded(names) {
  const rings = ["r1", "r2", "r3", "r4"].map((id) => ({ id: id, label: id }));
  const sectors = ["s1", "s2", "s3", "s4", "s5", "s6"].map((id) => ({ id: id, label: id }));
  const config = { case_label: "", rings: rings, sectors: sectors, palette: [],
    actor_types: [{ id: "t", label: "T", shape: "circle", color: "#000" }], relation_types: [] };
  const actors = [];
  [7, 12, 17, 24].forEach((share, ring) => {
    for (let k = 0; k < share; k += 1) {
      actors.push({ id: "a" + actors.length, label: names[actors.length], type: "t", ring: rings[ring].id,
        sector: sectors[k % 6].id, x: 0.5, y: 0.5, flags: [] });
    }
  });
  return new Model(config, { actors: actors, relations: [] }, { limits: { actors: 60, relations: 150 } });
}

test("a crowded map spreads out, and tidying it leaves no two actors or labels overlapping", () => {
  for (const names of [NAMES, NAMES.map(() => "Woningcorporatie")]) {
    const model = crowded(names);
    assert.ok(model.spread > 1);
    model.tidy();
    const boxes = model.actors().map((actor) => Geometry.box(actor.label, actor.x, actor.y, model.spread));
    const clashes = boxes.filter((one, index) => boxes.slice(index + 1).some((two) =>
      one[0] < two[2] && two[0] < one[2] && one[1] < two[3] && two[1] < one[3]));
    assert.deepStrictEqual(clashes, []);
  }
  assert.strictEqual(crowded(NAMES.map((name, index) => "Buur " + index)).spread, 1.2);  // as on the server
});
