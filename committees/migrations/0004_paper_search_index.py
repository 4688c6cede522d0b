from django.db import migrations

from helmstedt_strategy.search import add_search_index


class Migration(migrations.Migration):
    dependencies = [("committees", "0003_paper_list_order")]

    operations = [
        add_search_index("committees", "Paper", "paper_search", ["name", "resolution_proposal", "explanation"]),
    ]
