from django.db import migrations

from helmstedt_strategy.search import add_search_index


class Migration(migrations.Migration):
    dependencies = [("actionspaces", "0004_measure_partner_history")]

    operations = [
        add_search_index("actionspaces", "StrategyCard", "card_search", ["definition", "target_2035", "ideas"]),
        add_search_index("actionspaces", "Measure", "measure_search", ["title", "description"]),
    ]
