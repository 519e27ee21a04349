/* Reflectiejournaal, course staff only: the learner's work on the cases the questions are linked to (casus path
 * with answers, key, reasoning and justifications; netwerkkaart comparison and a small picture of the map), shown
 * beside their entry. The server sends data (core/case_thread.py); every text goes in as text. */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format, ngettext = Text.ngettext;
  var create = global.WeerbaarDom.create, SVG = "http://www.w3.org/2000/svg";

  function percent(score) { return format(gettext("Score: {percent}%"), { percent: Math.round(score * 100) }); }

  function svg(tag, attrs, children) {
    var node = global.document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function picture(drawing) {
    var centre = drawing.centre, nodes = [];
    drawing.radii.forEach(function (r) {
      nodes.push(svg("circle", { "class": "wr-case-ring", cx: centre, cy: centre, r: r }));
    });
    drawing.spokes.concat(drawing.lines).forEach(function (line, index) {
      nodes.push(svg("line", { "class": index < drawing.spokes.length ? "wr-case-ring" : "wr-case-relation",
        x1: line.x1, y1: line.y1, x2: line.x2, y2: line.y2 }));
    });
    nodes.push(svg("circle", { "class": "wr-case-centre", cx: centre, cy: centre, r: drawing["case"] }));
    drawing.actors.forEach(function (actor) {
      var title = svg("title", {});
      title.textContent = actor.label;
      nodes.push(svg("circle", { "class": "wr-case-actor" + (actor.found ? " wr-case-found" : ""), cx: actor.x,
        cy: actor.y, r: 5 }, [title]));
    });
    var label = format(ngettext("The learner's map: {count} actor.", "The learner's map: {count} actors.",
      drawing.actors.length), { count: drawing.actors.length });
    return svg("svg", { "class": "wr-case-map", viewBox: "0 0 " + drawing.size + " " + drawing.size, role: "img",
      "aria-label": label + " " + gettext("Filled: on the experts' map too."), focusable: "false" }, nodes);
  }

  function pair(term, text) {
    return text ? [create("dt", { text: term }), create("dd", { className: "wb-user-text", text: text })] : [];
  }

  function scenarioPart(summary) {
    var steps = summary.steps.map(function (step) {
      var notes = step.reasoning.map(function (note) { return note.option + ": " + note.feedback; }).join("\n");
      return create("li", {}, [create("p", { className: "wr-case-step wb-user-text", text: step.title }),
        create("dl", {}, [].concat(pair(gettext("Answer"), step.answer), pair(gettext("The experts' key"), step.key),
          pair(gettext("The experts' reasoning"), notes), pair(gettext("Justification"), step.justification)))]);
    });
    var which = { first: gettext("Attempt {number}: the attempt that counts for the grade."),
      best: gettext("Attempt {number}: the best attempt."), last: gettext("Attempt {number}: the last attempt.") };
    var shown = which[summary.rule] ? format(which[summary.rule], { number: summary.attempt }) : "";
    var line = [shown, summary.score === null ? "" : percent(summary.score), summary.ending].filter(Boolean)
      .join(" · ");
    return [create("p", { text: line }), create("ol", { className: "wr-case-path" }, steps)];
  }

  function list(title, items) {
    return items.length ? [create("p", { text: title }), create("ul", {}, items.map(function (text) {
      return create("li", { className: "wb-user-text", text: text });
    }))] : [];
  }

  function networkPart(summary, drawing) {
    var counts = format(gettext("Key actors: {found} of {expected}."), { found: summary.actors_found,
      expected: summary.actors_expected }) + " " + format(gettext("Relations as the experts drew them: {found} " +
      "of {expected}."), { found: summary.relations_found, expected: summary.relations_expected });
    return [create("p", { text: counts + (summary.score === null ? "" : " " + percent(summary.score)) })]
      .concat(list(gettext("Key actors missed:"), summary.missing_actors.map(function (actor) { return actor.label; })))
      .concat(list(gettext("Relations missed:"), summary.missing_relations.map(function (relation) {
        return relation.source + " – " + relation.target + " (" + relation.type + ")";
      })))
      .concat(drawing ? [picture(drawing)] : []);
  }

  function item(entry) {
    var parts = [create("h5", { className: "wb-user-text", text: entry.title })];
    if (!entry.done) { parts.push(create("p", { className: "wb-muted", text: gettext("Not done yet.") })); }
    else if (entry.activity === "scenario") { parts = parts.concat(scenarioPart(entry.summary)); }
    else { parts = parts.concat(networkPart(entry.summary, entry.drawing)); }
    return create("section", { className: "wr-case-item" }, parts);
  }

  /** The case work beside an entry; null when no question is linked to a case. */
  function view(caseWork) {
    var keys = Object.keys(caseWork || {});
    if (!keys.length) { return null; }
    var parts = [create("h4", { text: gettext("The learner's work on the case") })];
    keys.forEach(function (key) {
      parts.push(create("p", { className: "wb-muted", text: format(gettext("Case: {key}"), { key: key }) }));
      if (!caseWork[key].length) { parts.push(create("p", { text: gettext("No activity on this case yet.") })); }
      caseWork[key].forEach(function (entry) { parts.push(item(entry)); });
    });
    return create("aside", { className: "wr-case", "data-case-work": "" }, parts);
  }

  global.WeerbaarReflectionCaseThread = { view: view };
})(window);
