# Name searches read an index (issue #12): the words of each learner's stored name at a block, filled here from
# the names the reflection's, the casus's and the netwerkkaart's rows already hold.
import weerbaarxblock.store.fields
from django.db import migrations, models

from weerbaarxblock.core.rules.names import name_words

NAMED_MODELS = ("ReflectionEntry", "ScenarioAttempt", "NetworkSubmission")


def remember_stored_names(apps, schema_editor):  # noqa: ARG001 - RunPython's signature
    word_model = apps.get_model("weerbaarxblock", "LearnerNameWord")
    seen = set()
    for name in NAMED_MODELS:
        rows = apps.get_model("weerbaarxblock", name).objects.exclude(learner_name="").order_by("-id")
        people = rows.values_list("course_key", "usage_key", "learner_id", "learner_name").iterator(chunk_size=2000)
        batch = []
        for course_key, usage_key, learner_id, learner_name in people:
            if (usage_key, learner_id) in seen:  # the newest row's name counts
                continue
            seen.add((usage_key, learner_id))
            batch += [word_model(course_key=course_key, usage_key=usage_key, learner_id=learner_id, word=word)
                      for word in name_words(learner_name)]
            if len(batch) >= 2000:
                word_model.objects.bulk_create(batch)
                batch = []
        word_model.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [
        ("weerbaarxblock", "0007_reflection_scale"),
    ]

    operations = [
        migrations.CreateModel(
            name="LearnerNameWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("course_key", weerbaarxblock.store.fields.KeyField(max_length=255)),
                ("usage_key", weerbaarxblock.store.fields.KeyField(max_length=255)),
                ("learner_id", weerbaarxblock.store.fields.KeyField(max_length=255)),
                ("word", weerbaarxblock.store.fields.KeyField(max_length=40)),
            ],
            options={
                "indexes": [models.Index(fields=["usage_key", "word", "learner_id"], name="weerbaar_name_word_idx")],
                "constraints": [models.UniqueConstraint(fields=["usage_key", "learner_id", "word"],
                                                        name="weerbaar_name_word_unique")],
            },
        ),
        migrations.RunPython(remember_stored_names, migrations.RunPython.noop),
    ]
