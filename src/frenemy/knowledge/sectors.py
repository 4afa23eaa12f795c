"""Sectors whose companies sell to other companies (a cloud provider, a software house).

In a contract between a cloud provider and a retailer, the provider is the supplier; a cloud
provider's "partners" in the news are mostly its customers.
"""

SUPPLIER_SECTORS = frozenset({
    "cloud computing", "software", "it services", "hardware", "semiconductors", "telecommunications",
    "consulting", "logistics", "advertising", "payments", "consumer electronics",
    "artificial intelligence", "materials",
})
# Between two suppliers, these sell to the other kind (a software company runs on a cloud).
INFRASTRUCTURE_SECTORS = frozenset({"cloud computing", "semiconductors", "telecommunications", "it services"})
# In a supply contract ("un contrato de suministro"), these supply whoever they sign with (a utility
# powers a cloud's data centres); in a contract of no named kind, they may as well be the client.
UTILITY_SECTORS = frozenset({"energy"})
# In a supply contract, these buy what the other party makes (a grocer stocks a dairy's milk).
BUYER_SECTORS = frozenset({"retail", "grocery", "e-commerce"})
# In a contract that names no alliance, these buy what the other party makes (a pharmacy chain or a
# hospital group the medicines and equipment it dispenses or uses); an agreement with them may be a joint one.
CARE_BUYER_SECTORS = frozenset({"pharmacy", "hospitals"})
# Carriers: their ships and planes call at the ports, terminals and airports they sign with, as clients.
CARRIER_SECTORS = frozenset({"logistics", "shipping", "airlines"})
