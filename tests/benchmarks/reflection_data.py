"""A reflection with a class of 100, 1,000 or 10,000 learners' entries, loaded with ``bulk_create``.

Every learner has one entry: drafts, submissions, reviewed and changed entries (STATUSES) over three questions,
with a submitted version per submission and a review per reviewed entry, dated over a few weeks.
"""
from datetime import timedelta

from django.apps import apps

from weerbaarxblock.core.queries import now
from weerbaarxblock.reflection.rules.export import pseudonym

SIZES = (100, 1_000, 10_000)
PROMPTS = [
    {"id": f"p{number}", "question": question, "guidance": "", "required": True, "min_words": None,
     "max_words": None}
    for number, question in enumerate((
        "Welke kwaliteiten zie je bij jezelf in je werk?",
        "Welke valkuilen herken je?",
        "Wat ga je de komende weken anders doen?",
    ), start=1)
]
ANSWER = ("In gesprekken met inwoners merk ik dat ik snel wil helpen en daardoor soms signalen mis. "
          "Ik wil beter doorvragen, ook als het gesprek ongemakkelijk wordt, en mijn twijfel bespreken met collega's. ")
# Of every ten learners: two drafts, six submitted, one reviewed, one changed after feedback (so a filtered page
# is a full page at every class size).
STATUSES = ("draft", "draft", *["submitted"] * 6, "reviewed", "changed")
FIRST_NAMES = ("Samira", "Joost", "Mirjam", "Ahmed", "Fleur", "Daan", "Noor", "Bram", "Eva", "Yusuf")
LAST_NAMES = ("de Vries", "Bakker", "Jansen", "el Amrani", "Visser", "Smit", "Mulder", "de Boer", "Bos", "Peters")


def model(name):
    return apps.get_model("weerbaarxblock", name)


def learner_name(index):
    return f"{FIRST_NAMES[index % 10]} {LAST_NAMES[index // 10 % 10]} {index:05d}"


def reflection_class(lms, learners, **fields):
    """A scored, reviewed reflection with ``learners`` entries already stored; its usage key."""
    settings = {"review": "instructor", "grading": "scored", "max_points": 10, "prompts": PROMPTS,
                "may_edit_after_submit": True, **fields}
    key = lms.add_block("weerbaar_reflection", **settings)
    load_entries(lms.course_key, key, learners)
    return key


def load_entries(course_key, usage_key, learners):
    entry_model, version_model, review_model = model("ReflectionEntry"), model("ReflectionVersion"), model(
        "ReflectionReview")
    start = now() - timedelta(days=30)
    answers = {prompt["id"]: ANSWER * 3 for prompt in PROMPTS}
    words = 3 * 3 * len(ANSWER.split())
    rows = []
    for index in range(learners):
        status = STATUSES[index % len(STATUSES)]
        moment = start + timedelta(seconds=index * 200)
        submitted = status != "draft"
        learner_id = f"learner-{index:05d}"
        rows.append(entry_model(
            course_key=str(course_key), usage_key=str(usage_key), learner_id=learner_id,
            learner_name=learner_name(index), pseudonym=pseudonym(learner_id, usage_key), number=1, status=status,
            answers=answers if submitted else {}, word_count=words, version=1 if submitted else 0,
            updated_at=moment, submitted_at=moment if submitted else None,
            reviewed_at=moment + timedelta(hours=2) if status in ("reviewed", "changed") else None,
        ))
    stored = entry_model.objects.bulk_create(rows, batch_size=2_000)
    model("LearnerNameWord").remember_rows(stored)
    version_model.objects.bulk_create([
        version_model(entry=entry, number=1, answers=entry.answers, word_count=words, submitted_at=entry.updated_at)
        for entry in stored if entry.version
    ], batch_size=2_000)
    review_model.objects.bulk_create([
        review_model(entry=entry, version=1, reviewer_id="staff-1", reviewer_name="Mirjam Jansen",
                     feedback="Mooi doorgevraagd; let op je eigen grenzen.", points=7, max_points=10,
                     created_at=entry.reviewed_at)
        for entry in stored if entry.reviewed_at
    ], batch_size=2_000)
    model("ReflectionTally").recount(str(usage_key))
    return len(stored)
