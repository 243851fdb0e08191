raise ValueError("héllo wörld ✓ 🐍")
