/** Byte streams shared by features: counting and limiting what is read. */
package app.waymark.base.io;
