#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
# SPDX-License-Identifier: MIT
"""Writes the malformed .npy files under malformed/ that tst_npyformat expects to be refused.

Run it from this folder; the files are committed, so this only documents how they were made.
"""
import io
import numpy as np

def header_bytes(header, version=(1, 0)):
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, header) if version == (1, 0) else \
        np.lib.format.write_array_header_2_0(buffer, header)
    return buffer.getvalue()

def save(name, data):
    with open(f"malformed/{name}", "wb") as file:
        file.write(data)

save("empty.npy", b"")
save("wrong-magic.npy", b"PK\x03\x04 this is a zip file, not an array" + b"\0" * 64)
save("header-only.npy", header_bytes({"descr": "<f4", "fortran_order": False, "shape": (2, 3)}))
# A tiny file whose header declares a 400000 x 300 float32 table (480 MB).
save("huge-declared-shape.npy",
     header_bytes({"descr": "<f4", "fortran_order": False, "shape": (400000, 300)}) + b"\0" * 16)
save("truncated-header.npy", b"\x93NUMPY\x01\x00\xff\x00{'descr': '<f4'")
save("version-9.npy", b"\x93NUMPY\x09\x00" + header_bytes(
    {"descr": "<f4", "fortran_order": False, "shape": (1, 1)})[8:] + b"\0" * 4)
buffer = io.BytesIO()
np.save(buffer, np.array([{"a": 1}, None], dtype=object), allow_pickle=True)
save("object-array.npy", buffer.getvalue())
buffer = io.BytesIO()
np.save(buffer, np.arange(5, dtype=np.float32))
save("one-dimensional.npy", buffer.getvalue())
buffer = io.BytesIO()
np.save(buffer, np.zeros((0, 3), dtype=np.float32))
save("zero-rows.npy", buffer.getvalue())
buffer = io.BytesIO()
np.save(buffer, np.zeros((2, 2), dtype=np.float16))
save("float16.npy", buffer.getvalue())
# NumPy's dict keeps the last 'shape', (1, 1); a reader taking the first would show 2 × 3.
text = b"{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), 'shape': (1, 1), }"
text += b" " * (63 - (10 + len(text)) % 64) + b"\n"
save("duplicate-shape.npy", b"\x93NUMPY\x01\x00" + len(text).to_bytes(2, "little") + text
     + b"\0" * 24)
# A whole file of 20 bytes: magic, version, length 10, and a header that gives no key a value.
save("twenty-byte-header.npy", b"\x93NUMPY\x01\x00\x0a\x00{'descr'}\n")
buffer = io.BytesIO()
np.save(buffer, np.array([[1, 2**53 + 1]], dtype=np.int64))
save("int64-beyond-2-to-the-53.npy", buffer.getvalue())
buffer = io.BytesIO()
np.save(buffer, np.array([[2**64 - 1]], dtype=">u8"))
save("uint64-beyond-2-to-the-53.npy", buffer.getvalue())
