# The netwerkkaart at course scale: the class's counters, each map's size and compared content on its row, and
# indexes that start with the block (the staff list by name, the maps by date).

import weerbaarxblock.store.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("weerbaarxblock", "0004_scenario_scale"),
    ]

    operations = [
        migrations.CreateModel(
            name="NetworkClassCounts",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("course_key", weerbaarxblock.store.fields.KeyField(max_length=255)),
                ("usage_key", weerbaarxblock.store.fields.KeyField(max_length=255, unique=True)),
                ("content_key", models.CharField(max_length=64)),
                ("learners", models.PositiveIntegerField(default=0)),
                ("counts", models.JSONField(default=dict)),
            ],
        ),
        migrations.AddField(
            model_name="networksubmission",
            name="actors",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="networksubmission",
            name="compared_with",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
        migrations.AddField(
            model_name="networksubmission",
            name="relations",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddIndex(
            model_name="networksubmission",
            index=models.Index(fields=["usage_key", "learner_name", "learner_id"], name="weerbaar_net_block_name_idx"),
        ),
        migrations.AddIndex(
            model_name="networksubmission",
            index=models.Index(fields=["usage_key", "submitted_at"], name="weerbaar_net_block_date_idx"),
        ),
    ]
