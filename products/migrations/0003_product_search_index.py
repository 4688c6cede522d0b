from django.db import migrations

from helmstedt_strategy.search import add_search_index


class Migration(migrations.Migration):
    dependencies = [("products", "0002_links")]

    operations = [
        add_search_index("products", "Product", "product_search", ["number", "name", "services"]),
    ]
