/** Byte streams shared by features: counting and limiting what is read, and lists written as XLSX or CSV. */
package app.waymark.base.io;
