"""Casus branching: where a learner goes after a situation, and checks on the author's graph.

Targets are situation ids or ending ids; an empty target means "the next situation
in the author's order" and after the last situation the attempt ends (``END``).
A target on an option wins over the situation's own ``next``.

Which option decides the branch depends on the format: the chosen option (pick
best), the option picked as best (best and worst), the option ranked first
(rank), or the highest-rated option (rate; on a tie the author's first).
"""
from collections import deque

from weerbaarxblock.scenario.rules.parts import BEST_WORST, PICK_BEST, RANK, RATE, ending_map, situation_map

END = "#end"  # no valid id starts with '#'


def leading_option(situation, answer):
    """The option whose branch the learner follows, from a validated answer."""
    kind = situation["format"]
    if kind == PICK_BEST:
        return answer["choice"]
    if kind == BEST_WORST:
        return answer["best"]
    if kind == RANK:
        return answer["order"][0]
    if kind == RATE:
        ratings = answer["ratings"]
        best = max(ratings[option["id"]] for option in situation["options"])
        return next(option["id"] for option in situation["options"] if ratings[option["id"]] == best)
    raise ValueError(kind)


def default_next(scenario, situation_id):
    """The situation's own target, else the next situation in order, else the end."""
    situations = scenario["situations"]
    for index, situation in enumerate(situations):
        if situation["id"] == situation_id:
            if situation["next"]:
                return situation["next"]
            return situations[index + 1]["id"] if index + 1 < len(situations) else END
    return END


def option_target(scenario, situation, option_id):
    for option in situation["options"]:
        if option["id"] == option_id and option["next"]:
            return option["next"]
    return default_next(scenario, situation["id"])


def next_after(scenario, situation, answer):
    """Where a learner goes after giving ``answer`` (validated) to ``situation``."""
    return option_target(scenario, situation, leading_option(situation, answer))


def is_terminal(scenario, target):
    return target == END or target in ending_map(scenario)


def start_id(scenario):
    return scenario["situations"][0]["id"] if scenario["situations"] else END


def successors(scenario, situation):
    """Every place the learner may go from ``situation``, in the author's option order."""
    seen = []
    for option in situation["options"]:
        target = option_target(scenario, situation, option["id"])
        if target not in seen:
            seen.append(target)
    return seen


def reachable(scenario):
    """Ids of situations and endings a learner can reach from the first situation."""
    situations = situation_map(scenario)
    found, queue = set(), deque([start_id(scenario)])
    while queue:
        current = queue.popleft()
        if current in found or current == END:
            continue
        found.add(current)
        if current in situations:
            queue.extend(successors(scenario, situations[current]))
    return found


def can_finish(scenario):
    """Ids of situations from which some path leads to an ending (a fixed point over the graph)."""
    situations = situation_map(scenario)
    finishing = set()
    changed = True
    while changed:
        changed = False
        for identifier, situation in situations.items():
            if identifier in finishing:
                continue
            if any(is_terminal(scenario, t) or t in finishing for t in successors(scenario, situation)):
                finishing.add(identifier)
                changed = True
    return finishing


def remaining_steps(scenario, from_id):
    """The fewest situations still to answer from ``from_id`` (itself included) to an ending."""
    situations = situation_map(scenario)
    if from_id not in situations:
        return 0
    distance = {from_id: 1}
    queue = deque([from_id])
    while queue:
        current = queue.popleft()
        for target in successors(scenario, situations[current]):
            if is_terminal(scenario, target):
                return distance[current]
            if target in situations and target not in distance:
                distance[target] = distance[current] + 1
                queue.append(target)
    return len(situations)


def most_steps(scenario, from_id):
    """The most situations still to answer from ``from_id`` (itself included), or None when a loop is reachable.

    Every path ends (``check_graph`` refuses loops without an exit), so without a reachable loop the longest
    path is finite; with one, a learner may go round as often as they choose.
    """
    situations = situation_map(scenario)
    longest, open_ids = {}, set()

    def visit(identifier):
        if identifier not in situations:
            return 0
        if identifier in open_ids:
            raise _Loop
        if identifier not in longest:
            open_ids.add(identifier)
            longest[identifier] = 1 + max((visit(t) for t in successors(scenario, situations[identifier])), default=0)
            open_ids.discard(identifier)
        return longest[identifier]

    try:
        return visit(from_id)
    except _Loop:
        return None


class _Loop(Exception):
    """A path from the start comes back to a situation already on it."""


def progress(scenario, current, done, following):
    """Progress that stays true along every path: situation ``current`` on screen, ``done`` answered, and the
    rest of the way starting at ``following`` (a situation, an ending, or None).

    ``total`` is the fewest situations the whole attempt can have, ``most`` the most (None: no bound, a loop);
    when they are equal the total is exact.
    """
    most = most_steps(scenario, following)
    return {"current": current, "total": done + remaining_steps(scenario, following),
            "most": None if most is None else done + most}


def check_graph(found, scenario):
    """Branch targets that do not exist, unreachable situations and endings, loops without an exit.

    Each is added to ``found`` (a ``ProblemCollector``); the reachability checks run only once every target
    exists.
    """
    before = len(found)
    known = set(situation_map(scenario)) | set(ending_map(scenario))
    for index, situation in enumerate(scenario["situations"]):
        if situation["next"] and situation["next"] not in known:
            found.add("unknown_target", f"situations.{index}.next", value=situation["next"])
        for position, option in enumerate(situation["options"]):
            if option["next"] and option["next"] not in known:
                found.add("unknown_target", f"situations.{index}.options.{position}.next", value=option["next"])
    if len(found) > before:
        return
    reached = reachable(scenario)
    finishing = can_finish(scenario)
    for index, situation in enumerate(scenario["situations"]):
        if situation["id"] not in reached:
            found.add("unreachable_situation", f"situations.{index}", value=situation["id"])
        elif situation["id"] not in finishing:
            found.add("no_way_to_end", f"situations.{index}", value=situation["id"])
    for index, ending in enumerate(scenario["endings"]):
        if ending["id"] not in reached:
            found.add("unreachable_ending", f"endings.{index}", value=ending["id"])
