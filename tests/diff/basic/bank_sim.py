accounts = {"alice": 100, "bob": 50}
log = []
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if accounts.get(src, 0) < amount:
        raise RuntimeError(f"insufficient funds in {src}")
    accounts[src] -= amount
    accounts[dst] = accounts.get(dst, 0) + amount
    log.append((src, dst, amount))
for src, dst, amt in [("alice", "bob", 30), ("bob", "carol", 100), ("bob", "carol", 80), ("carol", "alice", -5)]:
    try:
        transfer(src, dst, amt)
        print("ok", src, dst, amt)
    except (ValueError, RuntimeError) as e:
        print("failed:", type(e).__name__, e)
print(accounts, log)
