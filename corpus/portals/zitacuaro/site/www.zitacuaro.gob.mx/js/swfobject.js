/* SWFObject v2.2 */
