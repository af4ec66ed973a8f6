#!/usr/bin/env node
import "../dist/tspy.js";
