# The reflection at course scale (issue #12): the review list's status index starts with the block, and
# retirement finds a learner's entries by course and learner.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("weerbaarxblock", "0003_exact_keys"),
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
    ]
