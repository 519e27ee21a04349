# The reflection at course scale (issue #12): the review list's status index starts with the block, retirement
# finds a learner's entries by course and learner, and each block's counts per status are kept in a table
# (ReflectionTally), filled here from the entries already stored.
import weerbaarxblock.store.fields
from django.db import migrations, models
from django.db.models import Count


def count_existing_entries(apps, schema_editor):  # noqa: ARG001 - RunPython's signature
    entry_model = apps.get_model("weerbaarxblock", "ReflectionEntry")
    tally_model = apps.get_model("weerbaarxblock", "ReflectionTally")
    rows = entry_model.objects.order_by().values("usage_key", "status").annotate(number=Count("id"))
    tally_model.objects.bulk_create(
        (tally_model(usage_key=row["usage_key"], status=row["status"], count=row["number"]) for row in rows),
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("weerbaarxblock", "0006_case_thread"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="reflectionentry",
            name="weerbaar_refl_review_idx",
        ),
        migrations.AddIndex(
            model_name="reflectionentry",
            index=models.Index(fields=["usage_key", "status", "updated_at"], name="weerbaar_refl_status_idx"),
        ),
        migrations.AddIndex(
            model_name="reflectionentry",
            index=models.Index(fields=["course_key", "learner_id"], name="weerbaar_refl_learner_idx"),
        ),
        migrations.CreateModel(
            name="ReflectionTally",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("usage_key", weerbaarxblock.store.fields.KeyField(max_length=255)),
                ("status", models.CharField(max_length=16)),
                ("count", models.IntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("usage_key", "status"), name="weerbaar_reflection_tally_unique")
                ],
            },
        ),
        migrations.RunPython(count_existing_entries, migrations.RunPython.noop),
    ]
