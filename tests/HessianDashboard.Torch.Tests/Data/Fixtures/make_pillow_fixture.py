"""Writes the Pillow oracle for CifarGreyscaleOracleTests (run once with Debian's python3-pil 9.4.0).

pillow-cifar-records.bin: 4 CIFAR-10 records (label byte + R, G, B planes of 32x32), seeded random pixels.
pillow-grey28.bin: for each record, Image.convert("L").resize((28, 28), Image.BILINEAR) bytes, i.e. what
torchvision's Grayscale() + Resize(28) computes on a PIL image.
"""
import random
from PIL import Image

random.seed(1)
records, grey = [], []
for n in range(4):
    planes = bytes(random.randrange(256) for _ in range(3072))
    image = Image.merge("RGB", [Image.frombytes("L", (32, 32), planes[i * 1024:(i + 1) * 1024]) for i in range(3)])
    records.append(bytes([n]) + planes)
    grey.append(image.convert("L").resize((28, 28), Image.BILINEAR).tobytes())
open("pillow-cifar-records.bin", "wb").write(b"".join(records))
open("pillow-grey28.bin", "wb").write(b"".join(grey))
